package broadsheet.web;

import broadsheet.corpus.Corpus;
import broadsheet.search.Archive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * What a client may keep of an answer from a read-only archive. An answer depends only on its address and on the view
 * of the index the server has, so its ETag is made of the two: a request whose If-None-Match names the current tag is
 * answered 304 before any search runs. Every page and API answer says "Cache-Control: no-cache" (keep it, but ask
 * again: the index may be refreshed at any time), and goes gzip-compressed to a client that accepts it.
 */
final class Revalidation {

    private static final String TAG = "broadsheet.etag";

    private final Service http;
    private final Archive search;

    Revalidation(Service http, Archive search) {
        this.http = http;
        this.search = search;
    }

    /** Before a route: a client that holds the current answer gets 304 at once. */
    void before(Request req, Response res) throws IOException {
        if (!req.requestMethod().equals("GET") || req.pathInfo().startsWith("/static/")) {
            return;
        }
        String address = req.pathInfo() + "?" + (req.queryString() == null ? "" : req.queryString());
        String tag = "\"" + Corpus.sha256((search.version() + "\n" + address).getBytes(StandardCharsets.UTF_8))
                .substring(0, 32) + "\"";
        req.attribute(TAG, tag);
        if (matches(req.headers("If-None-Match"), tag)) {
            res.header("ETag", tag);
            http.halt(304);
        }
    }

    /** After a route: a full answer carries its tag, and is compressed where that is welcome. */
    void after(Request req, Response res) {
        String tag = req.attribute(TAG);
        if (tag == null || res.status() != 200) {
            return;
        }
        res.header("ETag", tag);
        res.header("Cache-Control", "no-cache");
        if (accepts(req.headers("Accept-Encoding"), "gzip")) {
            // Spark compresses the body itself once the header says so
            res.header("Content-Encoding", "gzip");
        }
    }

    private static boolean matches(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(candidate -> candidate.equals(tag) || candidate.equals("*"));
    }

    private static boolean accepts(String acceptEncoding, String coding) {
        return acceptEncoding != null && Arrays.stream(acceptEncoding.split(","))
                .map(part -> part.split(";")[0].strip()).anyMatch(coding::equalsIgnoreCase);
    }
}
