package broadsheet.web;

import broadsheet.schema.Fields;
import broadsheet.search.Archive;
import broadsheet.search.ArticlePage;
import broadsheet.search.InvalidRequestException;
import broadsheet.search.SearchParameters;
import broadsheet.search.SearchRequest;
import broadsheet.search.SearchResult;
import broadsheet.search.SearchResult.FacetValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spark.Request;
import spark.Response;

/** The HTML pages: the search page (also the home page) and an article's page. */
final class Pages {

    /** One facet's box on the results page. */
    record FacetSection(String name, String heading, List<FacetValue> values) {}

    /** Each facet's heading, on the results page and on its "more…" page. */
    static final Map<String, String> HEADINGS = Map.of(Fields.BIAS, "Bias", Fields.OUTLET, "Outlets",
            Fields.PERSON, "People", Fields.ORGANIZATION, "Organizations", Fields.PLACE, "Places");

    private final Archive archive;
    private final Templates templates;

    Pages(Archive archive, Templates templates) {
        this.archive = archive;
        this.templates = templates;
    }

    String search(Request req, Response res) throws IOException {
        SearchRequest request = SearchRequest.fromParameters(Params.of(req));
        SearchResult result = archive.search(request);
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("result", result);
        SearchLinks links = new SearchLinks(request);
        model.put("links", links);
        model.put("bias", section(Fields.BIAS, result));
        model.put("valueFacets", SearchRequest.FILTER_FACETS.stream()
                .filter(facet -> !facet.equals(Fields.BIAS)).map(facet -> section(facet, result)).toList());
        model.put("years", result.facets().get(Fields.YEAR));
        model.put("coverage", Charts.coverage(result.coverage()));
        model.put("timeline", Charts.timeline(result.timeline()));
        model.put("severalWords", request.query().strip().split("\\s+").length > 1);
        model.put("filtered", !request.filters().isEmpty() || request.from() != null || request.to() != null
                || request.dating() != SearchRequest.Dating.ANY);
        model.put("from", request.from() == null ? "" : request.from().iso());
        model.put("to", request.to() == null ? "" : request.to().iso());
        // the date inputs take whole days: a partial date is the same range as its first and last day
        model.put("fromDay", request.from() == null ? "" : request.from().firstDay().toString());
        model.put("toDay", request.to() == null ? "" : request.to().lastDay().toString());
        LocalDate today = LocalDate.now();
        model.put("pastYear", links.dates(today.minusYears(1).toString(), today.toString()));
        // the year whose months the date facet lists: the one the date range lies in, if any
        model.put("periodYear", request.from() != null && request.to() != null
                && request.from().year() == request.to().year() ? Integer.toString(request.from().year()) : "");
        return html(res, "search", model);
    }

    private static FacetSection section(String facet, SearchResult result) {
        return new FacetSection(facet, HEADINGS.get(facet), result.facets().getOrDefault(facet, List.of()));
    }

    /** Where an article stands in the search it was opened from: "3 of 106", and the hits either side. */
    record Position(long rank, long total, String previous, String next) {}

    String article(Request req, Response res) throws IOException {
        Map<String, List<String>> params = Params.of(req);
        SearchRequest from = SearchRequest.fromParameters(params);
        String rankText = SearchParameters.single(params, SearchParameters.RANK, "");
        Optional<ArticlePage> page = archive.article(req.params(":id"), from.query());
        if (page.isEmpty()) {
            return ErrorAnswer.page(templates, 404,
                    "No article has this id. It may have left the archive when the index was rebuilt.").sentWith(res);
        }
        SearchLinks links = new SearchLinks(from);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page.get());
        model.put("article", page.get().article());
        model.put("query", from.query());
        model.put("searched", !from.query().isBlank() || !from.filters().isEmpty() || from.from() != null
                || from.to() != null);
        model.put("back", links.page(1));
        if (!rankText.isEmpty()) {
            long rank = rank(rankText);
            model.put("back", links.page((rank - 1) / from.size() + 1));
            model.put("position", position(from, links, rank));
        }
        model.put("web", Weblink.of(page.get().article().summary().url()).orElse(null));
        return html(res, "article", model);
    }

    private static long rank(String text) {
        try {
            long rank = Long.parseLong(text.strip());
            if (rank >= 1 && rank < SearchRequest.MAX_DEPTH) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other bad rank
        }
        throw new InvalidRequestException(SearchParameters.RANK + " must be a whole number from 1 to "
                + (SearchRequest.MAX_DEPTH - 1));
    }

    /** The hits just before and after {@code rank} in the search, each found as a page of one. */
    private Position position(SearchRequest search, SearchLinks links, long rank) throws IOException {
        SearchResult after = archive.search(search.at(rank + 1));
        String previous = null;
        if (rank > 1) {
            SearchResult before = archive.search(search.at(rank - 1));
            previous = before.hits().isEmpty() ? null : links.article(before.hits().getFirst().summary().id(), rank - 1);
        }
        String next = after.hits().isEmpty() ? null : links.article(after.hits().getFirst().summary().id(), rank + 1);
        return new Position(rank, after.total(), previous, next);
    }

    private String html(Response res, String template, Map<String, Object> model) {
        res.type("text/html; charset=utf-8");
        return templates.render(template, model);
    }
}
