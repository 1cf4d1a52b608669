package broadsheet.entity;

import java.util.BitSet;

/**
 * The words an article writes in lower case, as a Bloom filter: "Rare" opening a sentence is a common word
 * when the article also writes "rare". A filter rather than a set of strings because it is filled with every
 * word of every article and asked about a few; one answer in a thousand may be a wrong "yes", which only
 * costs a sentence-initial name its first word.
 */
final class LowerCaseWords {

    private static final int BITS = 1 << 16;

    private final BitSet bits = new BitSet(BITS);

    /** Adds the word at [start, end) of {@code text}, which starts with a lower-case letter. */
    void add(char[] text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text[i];
        }
        bits.set(hash & (BITS - 1));
        bits.set(hash >>> 16);
    }

    /** Whether the article (probably) writes {@code key} in lower case. */
    boolean contains(String key) {
        int hash = key.hashCode();
        return bits.get(hash & (BITS - 1)) && bits.get(hash >>> 16);
    }
}
