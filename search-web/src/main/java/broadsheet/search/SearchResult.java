package broadsheet.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results with everything the page and the API show around it. {@code facets} maps each
 * facet to its values; a facet's counts ignore the values chosen in that same facet. {@code coverage}
 * and {@code timeline} describe all the matches, not just this page; {@code suggestion} is a corrected
 * query that finds more, or null.
 */
public record SearchResult(String query, long total, int page, int size, long tookMs, List<SearchHit> hits,
        Map<String, List<FacetValue>> facets, String suggestion, List<BiasShare> coverage,
        List<MonthCount> timeline) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        coverage = List.copyOf(coverage);
        timeline = List.copyOf(timeline);
    }

    public long pages() {
        return Math.min((total + size - 1) / size, SearchRequest.MAX_DEPTH / size);
    }
}
