package broadsheet.entity;

import java.util.Arrays;

/**
 * The words an article writes in lower case, as a Bloom filter: "Rare" opening a sentence is a common word
 * when the article also writes "rare". A filter rather than a set of strings because it is filled with every
 * word of every article and asked about a few; one answer in a thousand may be a wrong "yes", which only
 * costs a sentence-initial name its first word.
 */
final class LowerCaseWords {

    /** 2^16 bits; a hash sets two of them, one for each of its halves. */
    private final long[] bits = new long[(1 << 16) / Long.SIZE];

    void clear() {
        Arrays.fill(bits, 0);
    }

    /** The hash of the word at [start, end) of {@code text}, as {@link String#hashCode} makes it (31 h + c). */
    static int hash(char[] text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = hash(hash, text[i]);
        }
        return hash;
    }

    /** The hash of a word that has {@code hash} so far, once {@code c} follows. */
    static int hash(int hash, char c) {
        return 31 * hash + c;
    }

    /** Adds the word with this {@link #hash}; the word starts with a lower-case letter. */
    void add(int hash) {
        bits[(hash & 0xffff) >>> 6] |= 1L << hash;
        bits[hash >>> 22] |= 1L << (hash >>> 16);
    }

    /** Whether the article (probably) writes {@code key} in lower case. */
    boolean contains(String key) {
        int hash = key.hashCode();
        return (bits[(hash & 0xffff) >>> 6] & 1L << hash) != 0 && (bits[hash >>> 22] & 1L << (hash >>> 16)) != 0;
    }
}
