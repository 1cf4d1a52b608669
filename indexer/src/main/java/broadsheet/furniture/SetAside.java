package broadsheet.furniture;

/**
 * A paragraph of an article's body set aside as page furniture: its characters [start, end), and why: it repeats in
 * {@code articles} articles of the article's outlet ({@link Scope#OUTLET}) or of the whole archive
 * ({@link Scope#ARCHIVE}). The stored body keeps it; the ranked text, passages, spelling and entities leave it out.
 */
public record SetAside(int start, int end, int articles, Scope scope) {

    public enum Scope {
        OUTLET, ARCHIVE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
