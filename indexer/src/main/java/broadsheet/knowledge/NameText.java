package broadsheet.knowledge;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The form names are compared in: lower case, diacritics folded, curly apostrophes straight, hyphens and
 * dashes as spaces. {@link #normalize} maps one character to one, so that a match in the normalised text
 * is a match at the same offsets in the original.
 */
public final class NameText {

    private NameText() {}

    public static char normalize(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + ('a' - 'A'));
            }
            return c == '-' ? ' ' : c;
        }
        return switch (c) {
            case '’', '‘', 'ʼ', '`' -> '\'';
            case '‐', '‑', '‒', '–', '—', '\u00a0' -> ' ';
            default -> {
                char[] folded = new char[4];
                char lower = Character.toLowerCase(c);
                // a letter that folds to two (æ, ß) stays itself rather than shift the offsets
                int length = ASCIIFoldingFilter.foldToASCII(new char[] {lower}, 0, folded, 0, 1);
                yield length == 1 ? folded[0] : lower;
            }
        };
    }

    /** The lookup key of a name: normalised, possessive dropped, runs of spaces as one, trimmed. */
    public static String key(String name) {
        return key(name.toCharArray(), 0, name.length());
    }

    /** The {@link #key(String) key} of the name at [from, to) of {@code text}. */
    public static String key(char[] text, int from, int to) {
        StringBuilder key = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = normalize(text[i]);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        int length = key.length();
        if (length > 2 && key.charAt(length - 2) == '\'' && key.charAt(length - 1) == 's') {
            key.setLength(length - 2);
        } else if (length > 2 && key.charAt(length - 1) == '\'' && key.charAt(length - 2) == 's') {
            key.setLength(length - 1);
        }
        return key.toString();
    }

    /** A name as written, with each run of white space as one space. */
    public static String singleSpaced(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            } else if (i > 0 && !Character.isWhitespace(name.charAt(i - 1))) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
