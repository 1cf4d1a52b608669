package broadsheet.entity;

import broadsheet.knowledge.NameText;

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

    /**
     * The hash of a key that has {@code hash} so far, once {@code c} follows, as {@link String#hashCode} makes it
     * (31 h + c): a word of lower-case ASCII letters is its own key, and can be hashed as it is read.
     */
    static int hash(int hash, char c) {
        return 31 * hash + c;
    }

    /** Adds the word whose {@link NameText#key key} has this {@link String#hashCode hash code}. */
    void add(int hash) {
        bits[(hash & 0xffff) >>> 6] |= 1L << hash;
        bits[hash >>> 22] |= 1L << (hash >>> 16);
    }

    /** Whether the article (probably) writes the word with this {@link NameText#key key} in lower case. */
    boolean contains(String key) {
        int hash = key.hashCode();
        return (bits[(hash & 0xffff) >>> 6] & 1L << hash) != 0 && (bits[hash >>> 22] & 1L << (hash >>> 16)) != 0;
    }
}
