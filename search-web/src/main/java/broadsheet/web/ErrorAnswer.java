package broadsheet.web;

import broadsheet.schema.Json;
import java.util.Map;
import spark.Response;

/**
 * What a failed request is answered with, in the form its address calls for: {@code {"error": "..."}} under
 * the API ({@code /api/} and {@code /health}), a page elsewhere. The message says what went wrong in words
 * a reader can act on, never an exception's name.
 */
record ErrorAnswer(int status, String contentType, String body) {

    static ErrorAnswer json(int status, String message) {
        return new ErrorAnswer(status, "application/json", Json.compact(Map.of("error", message)));
    }

    static ErrorAnswer page(Templates templates, int status, String message) {
        return new ErrorAnswer(status, "text/html; charset=utf-8",
                templates.render("error", Map.of("status", status, "message", message)));
    }

    /** The answer to a request for {@code path}; a request whose path is not known is answered as the API's. */
    static ErrorAnswer forPath(String path, Templates templates, int status, String message) {
        return path == null || path.startsWith("/api/") || path.equals("/health")
                ? json(status, message) : page(templates, status, message);
    }

    /** Gives Spark's response this status and content type; returns the body for the route to return. */
    String sentWith(Response res) {
        res.status(status);
        res.type(contentType);
        return body;
    }
}
