package broadsheet.web;

import broadsheet.search.Archive;
import broadsheet.search.InvalidRequestException;
import broadsheet.search.SearchUnavailableException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.util.Utf8Appendable;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The web app on Spark: each route is one line; the work is in {@link Pages} and {@link Api}. Every
 * response carries the security headers, and every failure is answered with a short message, never a
 * stack trace, in JSON under the API and as a page elsewhere ({@link ErrorAnswer}), Jetty's own failures
 * too ({@link HardenedJetty}).
 */
public final class WebServer implements AutoCloseable {

    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());

    private final Service http;
    private final CountDownLatch closed = new CountDownLatch(1);

    private WebServer(Service http) {
        this.http = http;
    }

    /**
     * Starts serving; port 0 picks a free port ({@link #port()} says which).
     *
     * @throws IOException when the server cannot listen on that address and port
     */
    public static WebServer start(Archive archive, String host, int port) throws IOException {
        return start(host, port, (http, templates) -> {
            Pages pages = new Pages(archive, templates);
            Api api = new Api(archive);
            Feeds feeds = new Feeds(archive);
            Exports exports = new Exports(archive);
            FacetPages facetPages = new FacetPages(archive, templates);
            Revalidation revalidation = new Revalidation(http, archive);
            http.before(revalidation::before);
            http.after(revalidation::after);
            http.get("/", pages::search);
            http.get("/search", pages::search);
            http.get("/articles/:id", pages::article);
            http.get("/api/search", api::search);
            http.get("/api/articles/:id", api::article);
            http.get("/health", api::health);
            http.get("/search.atom", feeds::atom);
            http.get("/opensearch.xml", feeds::openSearch);
            http.get("/export.csv", exports::csv);
            http.get("/export.json", exports::json);
            http.get("/facets/:facet", facetPages::page);
        });
    }

    /** Adds the routes of a web app to a Spark service; its pages render with {@code templates}. */
    @FunctionalInterface
    interface Routes {
        void addTo(Service http, Templates templates);
    }

    /** Serves the routes on the hardened Jetty, with the security headers, the static files and the error answers. */
    static WebServer start(String host, int port, Routes routes) throws IOException {
        Service http = Service.ignite();
        http.embeddedServerIdentifier(HardenedJetty.identifier());
        http.ipAddress(host).port(port).threadPool(64, 8, 30_000);
        // Spark's own answer to a server that cannot start is System.exit(100), after a stack trace
        AtomicReference<Exception> failed = new AtomicReference<>();
        http.initExceptionHandler(failed::set);
        Templates templates = new Templates();

        http.staticFiles.location("/public");
        http.staticFiles.headers(SECURITY_HEADERS);
        http.staticFiles.expireTime(3600);
        http.before((req, res) -> SECURITY_HEADERS.forEach(res.raw()::setHeader));
        routes.addTo(http, templates);

        http.exception(InvalidRequestException.class, (e, req, res) -> res.body(fail(templates, req, res, 400, e.getMessage())));
        http.exception(SearchUnavailableException.class, (e, req, res) -> {
            res.header("Retry-After", "1");
            res.body(fail(templates, req, res, 503, e.getMessage()));
        });
        // Spark decodes path parameters itself, before any route runs
        http.exception(Utf8Appendable.NotUtf8Exception.class,
                (e, req, res) -> res.body(fail(templates, req, res, 400, "The address is not valid UTF-8 URL encoding.")));
        http.exception(Exception.class, (e, req, res) -> {
            LOG.log(System.Logger.Level.ERROR, "failed: " + req.requestMethod() + " " + req.uri(), e);
            res.body(fail(templates, req, res, 500, "Something went wrong on our side; the error is logged."));
        });
        http.notFound((req, res) -> fail(templates, req, res, 404, "There is no page at this address."));
        http.internalServerError((req, res) -> fail(templates, req, res, 500, JettyErrors.message(500)));
        http.awaitInitialization();
        if (failed.get() != null) {
            http.stop();
            http.awaitStop();
            throw new IOException("cannot serve on " + host + ":" + port + ": " + failed.get().getMessage(), failed.get());
        }
        return new WebServer(http);
    }

    public int port() {
        return http.port();
    }

    private static String fail(Templates templates, Request req, Response res, int status, String message) {
        SECURITY_HEADERS.forEach(res.raw()::setHeader);
        return ErrorAnswer.forPath(req.pathInfo(), templates, status, message).sentWith(res);
    }

    /** Returns once the server is closed, by another thread: Spark's own awaitStop returns at once before a stop. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        http.stop();
        http.awaitStop();
        closed.countDown();
    }
}
