package broadsheet.entity;

/**
 * The buffers one indexing thread reuses from article to article: the characters of the body being linked, a name
 * key's bytes, and the filter of lower-case words. Made afresh for every article they were almost half of what
 * linking allocated (68 KB an article, where the rest of the indexer allocates about 230 KB).
 */
final class ScanBuffers {

    /** A text longer than this gets an array of its own, so that one huge article does not stay in memory. */
    private static final int MAX_KEPT_CHARS = 1 << 20;

    private char[] chars = new char[1 << 14];
    private final byte[] keyBytes = new byte[64];
    private final LowerCaseWords lowerCase = new LowerCaseWords();

    /** The characters of {@code text}, in an array that may be longer; valid until the next call. */
    char[] chars(String text) {
        int length = text.length();
        if (length > chars.length) {
            if (length > MAX_KEPT_CHARS) {
                return text.toCharArray();
            }
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(0, length, chars, 0);
        return chars;
    }

    /** Empties the filter for the next article. */
    void startArticle() {
        lowerCase.clear();
    }

    /** The words the article writes in lower case. */
    LowerCaseWords lowerCase() {
        return lowerCase;
    }

    /** A buffer for {@link NameText#key(char[], int, int, byte[])}. */
    byte[] keyBytes() {
        return keyBytes;
    }
}
