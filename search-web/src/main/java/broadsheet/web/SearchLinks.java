package broadsheet.web;

import broadsheet.schema.PublicationDate;
import broadsheet.search.SearchParameters;
import broadsheet.schema.Labelled;
import broadsheet.search.SearchRequest;
import broadsheet.search.SearchRequest.Dating;
import broadsheet.search.SearchRequest.WordMatch;
import broadsheet.search.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The links of a results page: the current search with one thing changed, always back to page 1 but for paging. */
public final class SearchLinks {

    private final SearchRequest request;

    SearchLinks(SearchRequest request) {
        this.request = request;
    }

    public boolean selected(String facet, String value) {
        return request.selected(facet).contains(value);
    }

    /** Adds the value to the facet's filter, or takes it out if it is in. */
    public String toggle(String facet, String value) {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        filters.put(facet, values);
        return url(request.query(), filters, date(request.from()), date(request.to()), request.sort(), 1);
    }

    /** Limits the search to one period ({@code 2016} or {@code 2016-03}), or lifts the limit if it is the current one. */
    public String period(String period) {
        boolean current = period.equals(date(request.from())) && period.equals(date(request.to()));
        return current ? dates("", "") : dates(period, period);
    }

    public String dates(String from, String to) {
        if (request.dating() == Dating.UNDATED && !(from.isEmpty() && to.isEmpty())) {
            return new SearchLinks(request.withDating(Dating.ANY)).dates(from, to);
        }
        return url(request.query(), request.filters(), from, to, request.sort(), 1);
    }

    public String sort(String order) {
        return url(request.query(), request.filters(), date(request.from()), date(request.to()),
                SortOrder.fromLabel(order).orElse(SortOrder.RELEVANCE), 1);
    }

    public String page(long page) {
        return url(request.query(), request.filters(), date(request.from()), date(request.to()), request.sort(), page);
    }

    /** A filter the search has on, as the constraints row shows it: its facet, its value, and the link that lifts it. */
    public record Constraint(String facet, String value, String remove) {}

    /** Every filter on, in the order the page lists the facets, the date range last. */
    public List<Constraint> constraints() {
        List<Constraint> on = new ArrayList<>();
        for (String facet : SearchRequest.FILTER_FACETS) {
            request.selected(facet).forEach(value -> on.add(new Constraint(facet, value, toggle(facet, value))));
        }
        String from = date(request.from());
        String to = date(request.to());
        if (!from.isEmpty() || !to.isEmpty()) {
            String range = from.equals(to) ? from : from.isEmpty() ? "to " + to : to.isEmpty() ? "from " + from
                    : from + " to " + to;
            on.add(new Constraint("date", range, dates("", "")));
        }
        if (request.dating() != Dating.ANY) {
            on.add(new Constraint("date", request.dating() == Dating.UNDATED ? "undated" : "dated only",
                    dated(request.dating().label())));
        }
        return on;
    }

    /** Only the undated articles ({@code no}) or only the dated ones ({@code yes}), or lifts that if it is on. */
    public String dated(String label) {
        Dating wanted = Labelled.exactly(Dating.class, label).orElseThrow();
        return new SearchLinks(request.withDating(request.dating() == wanted ? Dating.ANY : wanted)).page(1);
    }

    /** The same search with its words finding all ({@code all}) or any ({@code any}) articles. */
    public String match(String label) {
        return new SearchLinks(request.withMatch(Labelled.exactly(WordMatch.class, label).orElseThrow())).page(1);
    }

    /** The same search for the query as typed, not as a correction of its spelling. */
    public String asTyped() {
        return new SearchLinks(request.typedExactly()).page(1);
    }

    public boolean dating(String label) {
        return request.dating().label().equals(label);
    }

    /** The same query with no facet or date filter. */
    public String withoutFilters() {
        if (request.dating() != Dating.ANY) {
            return new SearchLinks(request.withDating(Dating.ANY)).withoutFilters();
        }
        return url(request.query(), Map.of(), "", "", request.sort(), 1);
    }

    public String query(String query) {
        return url(query, request.filters(), date(request.from()), date(request.to()), request.sort(), 1);
    }

    /**
     * The article page of the hit at {@code rank} (from 1) of this search: it marks the search's terms, and carries the
     * search, so that the page can lead back to it and on to the hits before and after.
     */
    public String article(String id, long rank) {
        List<String> params = thisSearch();
        params.add(parameter(SearchParameters.RANK, Long.toString(rank)));
        return "/articles/" + encode(id) + "?" + String.join("&", params);
    }

    /** This search as an Atom feed of its newest matches. */
    public String feed() {
        String query = request.query();
        return "/search.atom?" + String.join("&", parameters(query, request.filters(), date(request.from()),
                date(request.to()), query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE, 1));
    }

    /** The "more…" page of one facet for this search; the page's own parameters follow. */
    public String facet(String facet) {
        return "/facets/" + facet + "?" + String.join("&", thisSearch());
    }

    /** This search's results, in its order, as a file of the given format ({@code csv} or {@code json}). */
    public String export(String format) {
        return "/export." + format + "?" + String.join("&", thisSearch());
    }

    /** This search's parameters, as from its first page: what a page that carries the search passes on. */
    private List<String> thisSearch() {
        return parameters(request.query(), request.filters(), date(request.from()), date(request.to()), request.sort(), 1);
    }

    private String url(String query, Map<String, List<String>> filters, String from, String to, SortOrder sort, long page) {
        return "/search?" + String.join("&", parameters(query, filters, from, to, sort, page));
    }

    private List<String> parameters(String query, Map<String, List<String>> filters, String from, String to,
            SortOrder sort, long page) {
        List<String> params = new ArrayList<>();
        if (!query.isEmpty()) {
            params.add(parameter(SearchParameters.QUERY, query));
        }
        for (String facet : SearchRequest.FILTER_FACETS) {
            filters.getOrDefault(facet, List.of()).forEach(v -> params.add(parameter(facet, v)));
        }
        if (!from.isEmpty()) {
            params.add(parameter(SearchParameters.FROM, from));
        }
        if (!to.isEmpty()) {
            params.add(parameter(SearchParameters.TO, to));
        }
        if (sort != (query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE)) {
            params.add(parameter(SearchParameters.SORT, sort.label()));
        }
        if (request.dating() != Dating.ANY) {
            params.add(parameter(SearchParameters.DATED, request.dating().label()));
        }
        if (request.match() != WordMatch.ALL) {
            params.add(parameter(SearchParameters.MATCH, request.match().label()));
        }
        if (request.asTyped()) {
            params.add(parameter(SearchParameters.AS_TYPED, SearchRequest.AS_TYPED));
        }
        if (page > 1) {
            params.add(parameter(SearchParameters.PAGE, Long.toString(page)));
        }
        if (request.size() != SearchRequest.DEFAULT_SIZE) {
            params.add(parameter(SearchParameters.SIZE, Integer.toString(request.size())));
        }
        return params;
    }

    /** {@code name=value}, the value URL-encoded. */
    static String parameter(String name, String value) {
        return name + "=" + encode(value);
    }

    private static String date(PublicationDate date) {
        return date == null ? "" : date.iso();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
