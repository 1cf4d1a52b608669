package broadsheet.entity;

/**
 * A word that may stand in a name (capitalised, or a short joining word such as "of"), at offsets
 * [start, end) of an article's text, possessive included; [start, nameEnd) without it. {@code kinds}: what the
 * {@link Lexicon} knows of its key; {@code joined}: only spaces or a hyphen stand between it and the word before,
 * so the two can belong to one name; {@code heading}: it stands in a headline or a title-like line, where every
 * word may be capitalised; {@code glued}: two words run together by a bad scrape ("BidenHouse"), which spoils
 * the name it stands in.
 */
record Word(int start, int end, int nameEnd, String key, int kinds, boolean capitalised, boolean possessive,
        boolean sentenceStart, boolean joined, boolean heading, boolean glued) {

    boolean is(Lexicon.Kind kind) {
        return kind.in(kinds);
    }

    Word inHeading() {
        return new Word(start, end, nameEnd, key, kinds, capitalised, possessive, sentenceStart, joined, true, glued);
    }
}
