package broadsheet.search;

import broadsheet.schema.ArticleSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
public record SearchResult(String query, long total, int page, int size, long tookMs, List<Hit> hits,
        Map<String, List<FacetValue>> facets, String suggestion, List<BiasShare> coverage,
        List<MonthCount> timeline) {

    /**
     * One article in a result list. {@code snippet} is HTML: the article's text escaped, the best one to
     * three passages joined by an ellipsis, matched terms inside {@code <mark>}.
     */
    public record Hit(@JsonUnwrapped ArticleSummary summary, String snippet, List<EntityRef> entities) {

        public Hit {
            entities = List.copyOf(entities);
        }
    }

    /** An entity as a result names it: enough to show a chip and filter on it. */
    public record EntityRef(String name, String type) {}

    /** One value of a facet with the number of matching articles; a year lists its months (01..12). */
    public record FacetValue(String value, long count,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FacetValue> months) {

        public FacetValue {
            months = List.copyOf(months);
        }

        public FacetValue(String value, long count) {
            this(value, count, List.of());
        }
    }

    /** How many of a search's matches come from outlets with one bias, and their share of all matches. */
    public record BiasShare(String bias, long count, double share) {}

    /** Matches published in one month ({@code 2016-03}). */
    public record MonthCount(String month, long count) {}

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
