package broadsheet.search;

import broadsheet.schema.Fields;

/**
 * A date order as Solr's {@code sort}, as ArchiveSearch.sortFor orders locally: by the first day of the date, undated
 * articles last either way (the schema's date field gives no place to the missing; the first key does), then by score.
 */
final class SolrSort {

    private static final String UNDATED_LAST = "if(exists(" + Fields.DATE_DAY + "),0,1) asc";
    private static final String BY_SCORE = SolrSearch.SCORE + " desc";

    private SolrSort() {}

    static String of(SortOrder order) {
        return order == SortOrder.RELEVANCE ? BY_SCORE : firstKey(order) + "," + BY_SCORE;
    }

    /**
     * The order as a cursor pages it, as LocalCursorPages does: by score or date, then the article's id, which gives
     * every article a place; a date order leaves out the score, which moves with every commit.
     */
    static String withIdLast(SortOrder order) {
        return firstKey(order) + "," + Fields.ID + " asc";
    }

    /** The score, or the day of the date with undated articles last. */
    private static String firstKey(SortOrder order) {
        return switch (order) {
            case NEWEST -> UNDATED_LAST + "," + Fields.DATE_DAY + " desc";
            case OLDEST -> UNDATED_LAST + "," + Fields.DATE_DAY + " asc";
            case RELEVANCE -> BY_SCORE;
        };
    }
}
