package broadsheet.web;

import broadsheet.schema.Json;
import broadsheet.search.Archive;
import broadsheet.search.SearchRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import spark.Request;
import spark.Response;

/** The JSON API: {@code /api/search}, {@code /api/articles/{id}} and {@code /health}. */
final class Api {

    private final Archive archive;

    Api(Archive archive) {
        this.archive = archive;
    }

    String search(Request req, Response res) throws IOException {
        return json(res, archive.search(SearchRequest.fromParameters(Params.of(req))));
    }

    String article(Request req, Response res) throws IOException {
        return archive.article(req.params(":id"), "")
                .map(page -> json(res, page.article()))
                .orElseGet(() -> ErrorAnswer.json(404, "no article with this id").sentWith(res));
    }

    String health(Request req, Response res) throws IOException {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("documents", archive.documents());
        return json(res, health);
    }

    private static String json(Response res, Object value) {
        res.type("application/json");
        return Json.compact(value);
    }
}
