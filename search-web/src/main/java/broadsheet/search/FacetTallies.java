package broadsheet.search;

import java.io.IOException;
import java.util.Map;

/**
 * What an engine counted for one search's facets, before {@link FacetCounts} puts it in each facet's reading order:
 * the local index's drill-sideways {@code Facets} ({@link LuceneFacetTallies}), or Solr's JSON facets.
 */
interface FacetTallies {

    /** Every value of the facet with matches, and how many; in no particular order. */
    Map<String, Long> all(String facet) throws IOException;

    /** The {@code n} values of the facet with most matches, most first, ties in the order of the values' bytes. */
    Map<String, Long> top(String facet, int n) throws IOException;

    /** How many matches have this value of the facet; 0 when none. */
    long count(String facet, String value) throws IOException;

    /** The months of a year ({@code "03"}) with matches, and how many. */
    Map<String, Long> months(String year) throws IOException;
}
