package broadsheet.search;

/** An entity an article names, with how many times it is named. */
public record NamedEntity(String name, String type, int mentions) {}
