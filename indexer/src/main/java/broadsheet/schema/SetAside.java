package broadsheet.schema;

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

    /** How the index stores it beside the ranked body, which has blanks in its place: "start articles scope text". */
    String encode(String body) {
        return start + " " + articles + " " + scope.label() + " " + body.substring(start, end);
    }

    /** Decodes {@link #encode}, writing the paragraph's text back into {@code body}. */
    static SetAside decode(String stored, char[] body) {
        int first = stored.indexOf(' ');
        int second = stored.indexOf(' ', first + 1);
        int third = stored.indexOf(' ', second + 1);
        int start = Integer.parseInt(stored, 0, first, 10);
        int articles = Integer.parseInt(stored, first + 1, second, 10);
        Scope scope = Scope.valueOf(stored.substring(second + 1, third).toUpperCase(java.util.Locale.ROOT));
        String text = stored.substring(third + 1);
        text.getChars(0, text.length(), body, start);
        return new SetAside(start, start + text.length(), articles, scope);
    }
}
