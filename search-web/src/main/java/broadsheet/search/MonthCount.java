package broadsheet.search;

/** Matches published in one month ({@code 2016-03}). */
public record MonthCount(String month, long count) {}
