package broadsheet.entity;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The form names are compared in: lower case, diacritics folded, curly apostrophes straight, hyphens and
 * dashes as spaces. {@link #normalize} keeps every character at its offset, so that a match in the
 * normalised text is a match at the same offsets in the original.
 */
final class NameText {

    private NameText() {}

    static String normalize(CharSequence text) {
        char[] out = new char[text.length()];
        char[] folded = new char[4];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(text.charAt(i), folded);
        }
        return new String(out);
    }

    private static char normalize(char c, char[] folded) {
        if (c < 128) {
            return c == '-' ? ' ' : Character.toLowerCase(c);
        }
        switch (c) {
            case '’', '‘', 'ʼ', '`' -> {
                return '\'';
            }
            case '‐', '‑', '‒', '–', '—', '\u00a0' -> {
                return ' ';
            }
            default -> {
                char lower = Character.toLowerCase(c);
                // a letter that folds to two (æ, ß) keeps its place as itself rather than shift the offsets
                int length = ASCIIFoldingFilter.foldToASCII(new char[] {lower}, 0, folded, 0, 1);
                return length == 1 ? folded[0] : lower;
            }
        }
    }

    /** The lookup key of a name: normalised, possessive dropped, runs of spaces as one, trimmed. */
    static String key(String name) {
        String key = normalize(name).strip().replaceAll("\\s+", " ");
        if (key.endsWith("'s")) {
            key = key.substring(0, key.length() - 2);
        } else if (key.endsWith("s'")) {
            key = key.substring(0, key.length() - 1);
        }
        return key.toLowerCase(Locale.ROOT);
    }
}
