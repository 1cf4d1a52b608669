package broadsheet.search;

/**
 * A run of an article's text with one marking: part of a query match or not, inside an entity mention
 * ({@code entity} and its {@code entityType}) or not.
 */
public record TextSegment(String text, boolean match, String entity, String entityType) {}
