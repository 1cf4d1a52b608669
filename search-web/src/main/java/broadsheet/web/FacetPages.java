package broadsheet.web;

import broadsheet.schema.Fields;
import broadsheet.search.Archive;
import broadsheet.search.InvalidRequestException;
import broadsheet.search.SearchParameters;
import broadsheet.search.SearchRequest;
import broadsheet.search.SearchResult;
import broadsheet.search.SearchResult.FacetValue;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import spark.Request;
import spark.Response;

/**
 * A facet's "more…" page: every value of one facet for the current search (its {@link SearchRequest#MAX_FACET_SIZE}
 * most frequent), with its count, sorted by count or A–Z, narrowed by a filter box, {@link #PER_PAGE} a page; each
 * value leads back to the results with it chosen. A plain page of links and one form: no script needed.
 */
final class FacetPages {

    static final int PER_PAGE = 50;
    /** The page's own parameters beside the search's: the filter box, the order, the page of values. */
    static final String CONTAINS = "contains";
    static final String ORDER = "order";
    static final String AT = "at";


    private final Archive search;
    private final Templates templates;

    FacetPages(Archive search, Templates templates) {
        this.search = search;
        this.templates = templates;
    }

    String page(Request req, Response res) throws IOException {
        String facet = req.params(":facet");
        // bias has a handful of values, all listed on the results page already
        if (!SearchRequest.FILTER_FACETS.contains(facet) || facet.equals(Fields.BIAS)) {
            return ErrorAnswer.page(templates, 404, "There is no facet of that name.").sentWith(res);
        }
        Map<String, List<String>> params = Params.of(req);
        SearchRequest asked = SearchRequest.fromParameters(params);
        String contains = SearchParameters.single(params, CONTAINS, "").strip();
        boolean byName = switch (SearchParameters.single(params, ORDER, "count")) {
            case "count" -> false;
            case "name" -> true;
            default -> throw new InvalidRequestException(ORDER + " must be count or name");
        };
        SearchResult result = search.search(asked.page(1, 1).withFacetSize(SearchRequest.MAX_FACET_SIZE));
        String wanted = contains.toLowerCase(Locale.ROOT);
        List<FacetValue> values = result.facets().getOrDefault(facet, List.of()).stream()
                .filter(v -> v.value().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(byName ? Comparator.comparing((FacetValue v) -> v.value().toLowerCase(Locale.ROOT))
                        : Comparator.comparingLong(FacetValue::count).reversed())
                .toList();
        int pages = Math.max(1, (values.size() + PER_PAGE - 1) / PER_PAGE);
        int at = Math.min(pages, Math.max(1, page(SearchParameters.single(params, AT, "1"))));
        SearchLinks links = new SearchLinks(asked);
        Map<String, Object> model = new HashMap<>();
        model.put("facet", facet);
        model.put("heading", Pages.HEADINGS.get(facet));
        model.put("request", asked);
        model.put("links", links);
        model.put("values", values.subList((at - 1) * PER_PAGE, Math.min(values.size(), at * PER_PAGE)));
        model.put("count", values.size());
        model.put("filterText", contains);
        model.put("order", byName ? "name" : "count");
        model.put("at", at);
        model.put("pages", pages);
        model.put("base", links.facet(facet));
        res.type("text/html; charset=utf-8");
        return templates.render("facet", model);
    }

    private static int page(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(AT + " must be a whole number");
        }
    }
}
