package broadsheet.schema;

/** Where an entity is named: character offsets [start, end) into the article's title or body. */
public record Mention(String field, int start, int end) {}
