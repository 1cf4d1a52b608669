package broadsheet.entity;

/**
 * A word that may stand in a name (capitalised, or a short joining word such as "of"), at offsets
 * [start, end) of an article's text, possessive included; [start, nameEnd) without it. {@code kinds}: what the
 * {@link Lexicon} knows of its key; {@code traits}: what the scan saw of it, as {@link Trait} bits.
 */
record Word(int start, int end, int nameEnd, String key, int kinds, int traits) {

    /** What the scan saw of a word where it stands. */
    enum Trait {
        /** Starts with a capital; the other words the scan keeps are connectors. */
        CAPITALISED,
        /** Ends in 's or ’s, which is not part of the name. */
        POSSESSIVE,
        /** Opens a sentence or a line, where any word is capitalised. */
        SENTENCE_START,
        /** Only spaces or a hyphen stand between it and the word before, so the two can belong to one name. */
        JOINED,
        /** Stands in a headline or a title-like line, where every word may be capitalised. */
        HEADING,
        /** Two words run together by a bad scrape ("BidenHouse"), which spoils the name it stands in. */
        GLUED;

        private final int bit = 1 << ordinal();

        /** This trait's bit if {@code holds}, else none. */
        int when(boolean holds) {
            return holds ? bit : 0;
        }
    }

    /** A capitalised word with the given traits besides. */
    static Word capitalised(int start, int end, int nameEnd, String key, int kinds, int traits) {
        return new Word(start, end, nameEnd, key, kinds, traits | Trait.CAPITALISED.bit);
    }

    /** A lower-case word joining a capitalised one before it to what follows ("Bank of England"). */
    static Word connector(int start, int end, String key, int kinds, int traits) {
        return new Word(start, end, end, key, kinds, traits | Trait.JOINED.bit);
    }

    boolean is(Lexicon.Kind kind) {
        return kind.in(kinds);
    }

    boolean has(Trait trait) {
        return (traits & trait.bit) != 0;
    }

    boolean capitalised() {
        return has(Trait.CAPITALISED);
    }

    boolean possessive() {
        return has(Trait.POSSESSIVE);
    }

    boolean sentenceStart() {
        return has(Trait.SENTENCE_START);
    }

    boolean joined() {
        return has(Trait.JOINED);
    }

    boolean heading() {
        return has(Trait.HEADING);
    }

    boolean glued() {
        return has(Trait.GLUED);
    }

    Word inHeading() {
        return new Word(start, end, nameEnd, key, kinds, traits | Trait.HEADING.bit);
    }
}
