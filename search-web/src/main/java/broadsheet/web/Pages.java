package broadsheet.web;

import broadsheet.schema.Fields;
import broadsheet.search.ArchiveSearch;
import broadsheet.search.ArticlePage;
import broadsheet.search.ArticlePages;
import broadsheet.search.SearchParameters;
import broadsheet.search.SearchRequest;
import broadsheet.search.SearchResult;
import broadsheet.search.SearchResult.FacetValue;
import java.io.IOException;
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

    private static final Map<String, String> HEADINGS = Map.of(Fields.BIAS, "Bias", Fields.OUTLET, "Outlet",
            Fields.PERSON, "People", Fields.ORGANIZATION, "Organizations", Fields.PLACE, "Places");

    private final ArchiveSearch search;
    private final ArticlePages articles;
    private final Templates templates;

    Pages(ArchiveSearch search, ArticlePages articles, Templates templates) {
        this.search = search;
        this.articles = articles;
        this.templates = templates;
    }

    String search(Request req, Response res) throws IOException {
        SearchRequest request = SearchRequest.fromParameters(Params.of(req));
        SearchResult result = search.search(request);
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("result", result);
        model.put("links", new SearchLinks(request));
        model.put("bias", section(Fields.BIAS, result));
        model.put("valueFacets", SearchRequest.FILTER_FACETS.stream()
                .filter(facet -> !facet.equals(Fields.BIAS)).map(facet -> section(facet, result)).toList());
        model.put("years", result.facets().get(Fields.YEAR));
        model.put("coverage", Charts.coverage(result.coverage()));
        model.put("timeline", Charts.timeline(result.timeline()));
        model.put("filtered", !request.filters().isEmpty() || request.from() != null || request.to() != null);
        model.put("from", request.from() == null ? "" : request.from().iso());
        model.put("to", request.to() == null ? "" : request.to().iso());
        // the year whose months the date facet lists: the one the date range lies in, if any
        model.put("periodYear", request.from() != null && request.to() != null
                && request.from().year() == request.to().year() ? Integer.toString(request.from().year()) : "");
        return html(res, "search", model);
    }

    private static FacetSection section(String facet, SearchResult result) {
        return new FacetSection(facet, HEADINGS.get(facet), result.facets().getOrDefault(facet, List.of()));
    }

    String article(Request req, Response res) throws IOException {
        String query = SearchParameters.single(Params.of(req), SearchParameters.QUERY, "");
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            query = "";
        }
        Optional<ArticlePage> page = articles.article(req.params(":id"), query);
        if (page.isEmpty()) {
            return ErrorAnswer.page(templates, 404,
                    "No article has this id. It may have left the archive when the index was rebuilt.").sentWith(res);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page.get());
        model.put("article", page.get().article());
        model.put("query", query);
        model.put("back", "/search" + (query.isBlank() ? "" : "?" + SearchLinks.parameter(SearchParameters.QUERY, query)));
        model.put("web", Weblink.of(page.get().article().summary().url()).orElse(null));
        return html(res, "article", model);
    }

    private String html(Response res, String template, Map<String, Object> model) {
        res.type("text/html; charset=utf-8");
        return templates.render(template, model);
    }
}
