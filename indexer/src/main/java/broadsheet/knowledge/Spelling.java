package broadsheet.knowledge;

/**
 * One way the knowledge base writes a name, and whether a piece of text is written that way. Matching
 * ignores case with two exceptions: a short acronym (US, UK, EU) must be written in capitals, or "us" would
 * be the United States; and in running text a name must start with a capital as the knowledge base writes it,
 * or "trump" the verb would be Donald Trump. A reader's query is held only to the first rule.
 */
public record Spelling(String written, KnownEntity entity, String key, boolean isShortAcronym) {

    private static final int SHORT_ACRONYM = 3;

    public Spelling(String written, KnownEntity entity) {
        this(written, entity, NameText.key(written), isShortAcronym(written));
    }

    /** The linker looks for names from capitalised words only. */
    public boolean isFindable() {
        return !written.isEmpty() && Character.isUpperCase(written.charAt(0));
    }

    public static boolean isShortAcronym(String written) {
        int letters = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters <= SHORT_ACRONYM;
    }

    /** Names start with a capital ({@link #isFindable}), and so must the text that writes one at [start, end). */
    public boolean matchesInText(char[] text, int start, int end) {
        return Character.isUpperCase(text[start]) && (!isShortAcronym || hasNoLowerCase(text, start, end));
    }

    public boolean matchesInQuery(String surface) {
        return !isShortAcronym || hasNoLowerCase(surface.toCharArray(), 0, surface.length());
    }

    private static boolean hasNoLowerCase(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text[i])) {
                return false;
            }
        }
        return true;
    }
}
