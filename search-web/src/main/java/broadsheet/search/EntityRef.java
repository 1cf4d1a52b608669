package broadsheet.search;

/** An entity as a result names it: enough to show a chip and filter on it. */
public record EntityRef(String name, String type) {}
