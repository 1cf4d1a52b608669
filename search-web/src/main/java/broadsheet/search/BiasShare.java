package broadsheet.search;

/** How many of a search's matches come from outlets with one bias, and their share of all matches. */
public record BiasShare(String bias, long count, double share) {}
