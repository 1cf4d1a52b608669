package broadsheet.furniture;

/**
 * One paragraph of an article's body: its characters [start, end) and the fingerprint of its normalised text, which
 * is the same for the same caption, widget or blurb in any article (see {@link Paragraphs}).
 */
public record Paragraph(int start, int end, long fingerprint) {}
