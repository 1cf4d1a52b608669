package broadsheet.search;

/**
 * Where a text shown in a result list may be cut short: between words, so that no word is cut in two
 * unless one word alone is longer than the room, and never inside a surrogate pair.
 */
final class TextCut {

    static final String ELLIPSIS = "…";

    private TextCut() {}

    /** The text itself if it is at most {@code max} characters long, or its first words and an ellipsis. */
    static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, wordEnd(text, 0, max - ELLIPSIS.length())).stripTrailing() + ELLIPSIS;
    }

    /** The first {@code max} characters of the text, or fewer rather than half a surrogate pair. */
    static String prefix(String text, int max) {
        return text.length() <= max ? text : text.substring(0, pairEnd(text, max));
    }

    /**
     * Where to end a piece of the text that starts at {@code start} and may reach {@code limit}: the last
     * space in its second half, or {@code limit} itself when the text ends there or has no such space.
     */
    static int wordEnd(CharSequence text, int start, int limit) {
        if (limit >= text.length()) {
            return text.length();
        }
        for (int i = limit; i > start + (limit - start) / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return pairEnd(text, limit);
    }

    /**
     * Where to start a piece of the text at {@code start} or after it, but not after {@code limit}: just
     * after the first space, or {@code start} itself when the text begins there or has no such space.
     */
    static int wordStart(CharSequence text, int start, int limit) {
        if (start == 0) {
            return 0;
        }
        for (int i = start; i <= limit; i++) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    /** {@code end}, or one less when a surrogate pair straddles it. */
    private static int pairEnd(CharSequence text, int end) {
        return end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }
}
