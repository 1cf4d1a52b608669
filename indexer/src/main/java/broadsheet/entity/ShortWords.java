package broadsheet.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fixed set of words of at most four characters, looked up straight from a text's characters: asked about
 * every short word of every article, so it makes no strings. Each word is packed into a long, a character in
 * each 16 bits, in lower case.
 */
final class ShortWords {

    private static final int LONGEST = Long.SIZE / Character.SIZE;

    private final List<String> words;
    private final long[] packed;

    ShortWords(Set<String> words) {
        for (String word : words) {
            if (word.length() > LONGEST || !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not a short lower-case word: " + word);
            }
        }
        this.words = words.stream().sorted(Comparator.comparingLong(ShortWords::pack)).toList();
        this.packed = this.words.stream().mapToLong(ShortWords::pack).toArray();
    }

    /** The word of the set that [from, to) of {@code text} is, whatever the case of its ASCII letters; or null. */
    String find(char[] text, int from, int to) {
        if (to - from > LONGEST) {
            return null;
        }
        int found = Arrays.binarySearch(packed, pack(text, from, to));
        return found >= 0 ? words.get(found) : null;
    }

    private static long pack(String word) {
        return pack(word.toCharArray(), 0, word.length());
    }

    private static long pack(char[] text, int from, int to) {
        long packed = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            packed = packed << Character.SIZE | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return packed;
    }
}
