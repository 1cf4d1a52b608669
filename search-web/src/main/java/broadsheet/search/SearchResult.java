package broadsheet.search;

import broadsheet.schema.ArticleSummary;
import broadsheet.schema.Fields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results with everything the page and the API show around it. {@code applied} echoes the filters, the
 * word match and the sort the results are for. {@code match} says which articles the results are: {@code all} (those
 * with all the query's words) or {@code any} (with any of them, the most words first), as asked, or because no article
 * has all the words; {@code total} counts them. {@code facets} maps each facet to its values; the bias and outlet counts ignore the
 * values chosen in that same facet, the entity counts say how many results also name each value. {@code coverage}
 * and {@code timeline} describe all the matches, not just this page; {@code suggestion} is a corrected query that
 * finds more, or null; {@code correctedFrom} is the query as the reader typed it when the results are for its
 * correction ({@code query}) instead, null otherwise. {@code nextCursor} is where the next page starts when the request pages by cursor, null at
 * the end and when it pages by number.
 */
public record SearchResult(String query, Applied applied, String match, long total, int page, int size, long tookMs,
        List<Hit> hits, Map<String, List<FacetValue>> facets, String suggestion, String correctedFrom,
        List<BiasShare> coverage, List<MonthCount> timeline, String nextCursor) {

    /** The filters and the sort a result is for, in their canonical form: what the request asked, as understood. */
    public record Applied(Map<String, List<String>> filters, String from, String to, String dated, String match,
            String sort) {

        static Applied of(SearchRequest request) {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            SearchRequest.FILTER_FACETS.forEach(facet -> filters.put(facet, request.selected(facet)));
            return new Applied(filters, request.from() == null ? null : request.from().iso(),
                    request.to() == null ? null : request.to().iso(),
                    request.dating() == SearchRequest.Dating.ANY ? null : request.dating().label(),
                    request.match().label(), request.sort().label());
        }
    }

    /**
     * One article in a result list. {@code score} is its relevance score when the results are sorted by relevance
     * (null otherwise); {@code snippet} is HTML: the article's text escaped, the best one to three passages joined
     * by an ellipsis, matched terms inside {@code <mark>}; {@code missing} the query's words (as typed) it lacks, when
     * the results are those with any of the words (empty otherwise).
     */
    public record Hit(@JsonUnwrapped ArticleSummary summary, Float score, String snippet, List<String> missing,
            List<EntityRef> entities) {

        public Hit {
            missing = List.copyOf(missing);
            entities = List.copyOf(entities);
        }
    }

    /** An entity as a result names it: enough to show a chip and filter on it. */
    public record EntityRef(String name, String type) {}

    /** One value of a facet with the number of matching articles; a year lists its months ({@code 2016-03}). */
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

    /**
     * The result of a request with these matches and facets ({@link FacetCounts#of}), whichever engine found them:
     * the coverage and the timeline follow from the bias and year facets.
     */
    static SearchResult of(SearchRequest request, SearchRequest.WordMatch match, long total, long tookMs, List<Hit> hits,
            Map<String, List<FacetValue>> facets, String suggestion, String nextCursor) {
        return new SearchResult(request.query(), Applied.of(request), match.label(), total, request.page(),
                request.size(), tookMs, hits, facets, suggestion, null, coverage(facets.get(Fields.BIAS)),
                Timeline.of(facets.get(Fields.YEAR)), nextCursor);
    }

    /** These results, for the correction of {@code typed}: what the reader typed. */
    SearchResult correcting(String typed) {
        return new SearchResult(query, applied, match, total, page, size, tookMs, hits, facets, null, typed, coverage,
                timeline, nextCursor);
    }

    private static List<BiasShare> coverage(List<FacetValue> bias) {
        long all = bias.stream().mapToLong(FacetValue::count).sum();
        return bias.stream()
                .filter(b -> b.count() > 0)
                .map(b -> new BiasShare(b.value(), b.count(), (double) b.count() / all))
                .toList();
    }

    /** How many of the matches have no date: those the year facet does not count. */
    public long undated() {
        return total - facets.getOrDefault(Fields.YEAR, List.of()).stream()
                .mapToLong(FacetValue::count).sum();
    }

    public long pages() {
        return Math.min((total + size - 1) / size, SearchRequest.MAX_DEPTH / size);
    }
}
