package broadsheet.entity;

/**
 * A word of an article's text at offsets [start, end), possessive included; [start, nameEnd) without it.
 * {@code key} is the {@link NameText#key} of a word that may stand in a name (a capitalised word, or a short
 * one such as "of" or "and"), and empty for any longer lower-case word. {@code joined}: only spaces or a hyphen
 * stand between it and the word before, so the two can belong to one name; {@code heading}: it stands in a
 * headline or a title-like line, where every word may be capitalised.
 */
record Word(int start, int end, int nameEnd, String key, boolean capitalised, boolean possessive,
        boolean sentenceStart, boolean joined, boolean heading) {}
