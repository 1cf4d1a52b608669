package broadsheet.extract;

/**
 * What a parser made of binary data it took for text (a file named .txt that holds an image, a program or
 * nothing but zero bytes): mostly characters no text is written in.
 */
final class BinaryText {

    /**
     * The share of unprintable characters past which text is binary. Random bytes decode to a sixth or more of
     * them in whatever encoding is guessed for them, and text in any language to next to none.
     */
    private static final double MOST = 0.1;

    private BinaryText() {}

    /** Whether more of the text's characters are unprintable than text ever has. */
    static boolean isBinary(String text) {
        int characters = 0;
        int unprintable = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            characters++;
            if (isUnprintable(text.codePointAt(i))) {
                unprintable++;
            }
        }
        return unprintable > MOST * characters;
    }

    /** The replacement character, a control that is not white space, or a code point no script uses. */
    private static boolean isUnprintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL -> !Character.isWhitespace(c);
            case Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> c == '\uFFFD';
        };
    }
}
