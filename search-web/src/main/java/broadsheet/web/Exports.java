package broadsheet.web;

import broadsheet.schema.ArticleSummary;
import broadsheet.schema.Json;
import broadsheet.search.Archive;
import broadsheet.search.SearchRequest;
import broadsheet.search.SearchResult;
import broadsheet.search.SearchResult.Hit;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.StringEscapeUtils;
import spark.Request;
import spark.Response;

/**
 * A search's results to take away, as CSV or JSON: its matches in its order, up to {@link #LIMIT}, with the fields of
 * the API's hits. The CSV's snippet is plain text and its entities one cell ("name (type); ...").
 */
final class Exports {

    /** The most matches an export holds; the first ones of the search's order. */
    static final int LIMIT = 1_000;
    static final List<String> COLUMNS =
            List.of("id", "title", "url", "outlet", "bias", "date", "score", "snippet", "entities");

    /** The JSON export: what the search is, how many match, and the hits exported. */
    record Export(String query, SearchResult.Applied applied, long total, int exported, List<Hit> hits) {}

    private final Archive search;

    Exports(Archive search) {
        this.search = search;
    }

    String json(Request req, Response res) throws IOException {
        SearchRequest asked = SearchRequest.fromParameters(Params.of(req));
        Collected collected = collect(asked);
        res.type("application/json");
        res.header("Content-Disposition", "attachment; filename=\"broadsheet-search.json\"");
        return Json.compact(new Export(asked.query(), collected.first().applied(), collected.first().total(),
                collected.hits().size(), collected.hits()));
    }

    String csv(Request req, Response res) throws IOException {
        List<Hit> hits = collect(SearchRequest.fromParameters(Params.of(req))).hits();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Hit hit : hits) {
                ArticleSummary article = hit.summary();
                csv.printRecord(article.id(), article.title(), article.url(), article.outlet(), article.bias(),
                        article.date(), hit.score(), plainText(hit.snippet()), hit.entities().stream()
                                .map(e -> e.name() + " (" + e.type() + ")").collect(Collectors.joining("; ")));
            }
        }
        res.type("text/csv; charset=utf-8");
        res.header("Content-Disposition", "attachment; filename=\"broadsheet-search.csv\"");
        return out.toString();
    }

    private record Collected(SearchResult first, List<Hit> hits) {}

    /** The search's first {@link #LIMIT} hits, a full page at a time. */
    private Collected collect(SearchRequest asked) throws IOException {
        int size = SearchRequest.MAX_SIZE;
        SearchResult first = search.search(asked.page(1, size));
        List<Hit> hits = new ArrayList<>(first.hits());
        for (int page = 2; hits.size() < Math.min(LIMIT, first.total()); page++) {
            List<Hit> more = search.search(asked.page(page, size)).hits();
            if (more.isEmpty()) {
                break;
            }
            hits.addAll(more);
        }
        return new Collected(first, hits.subList(0, Math.min(LIMIT, hits.size())));
    }

    /** A snippet's text without its marks; the entities the formatter escaped read as themselves again. */
    private static String plainText(String snippet) {
        return snippet == null ? null : StringEscapeUtils.unescapeHtml4(
                snippet.replace("<mark>", "").replace("</mark>", ""));
    }
}
