package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server as it faces anyone: the errors Jetty answers itself, for requests it cannot read or errors no
 * route caught, are JSON under the API and a page elsewhere, with the security headers, never an
 * exception's name or Jetty's version; idle connections do not stay open.
 */
class HardenedJettyTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    static final ObjectMapper JSON = new ObjectMapper();

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n";
    }

    /** The answer has the app's headers, no server name, and says nothing of Jetty or Java. */
    private static void answeredAsTheApp(TestServer.RawResponse response, String what) {
        WebServer.SECURITY_HEADERS.forEach((name, value) ->
                assertEquals(value, response.header(name).orElse(null), what + ": " + name + " in " + response.head()));
        assertTrue(response.header("Server").isEmpty(), what + ": " + response.head());
        for (String leak : List.of("Jetty", "jetty", "Exception", "Error:", "java.", "\tat ")) {
            assertFalse(response.head().contains(leak) || response.body().contains(leak), what + " leaks " + leak + ": " + response);
        }
    }

    private static void answeredInJson(TestServer.RawResponse response, int status, String what) throws IOException {
        assertEquals(status, response.status(), what + ": " + response.head());
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), what + ": " + response.head());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(1, error.size(), what + ": " + response.body());
        assertFalse(error.get("error").asText().isBlank(), what + ": " + response.body());
        answeredAsTheApp(response, what);
    }

    private static void answeredWithAPage(TestServer.RawResponse response, int status, String what) {
        assertEquals(status, response.status(), what + ": " + response.head());
        assertTrue(response.header("Content-Type").orElse("").startsWith("text/html"), what + ": " + response.head());
        assertTrue(response.body().contains("Back to the archive"), what + ": " + response.body());
        answeredAsTheApp(response, what);
    }

    @Test
    void requestsJettyCannotReadAreAnsweredInTheFormOfTheirAddressWithTheHeaders() throws IOException {
        String tooLarge = "X-Padding: " + "x".repeat(20_000) + "\r\n";
        answeredInJson(server.rawRequest(get("/api/search", tooLarge)), 431, "API headers too large");
        answeredWithAPage(server.rawRequest(get("/search", tooLarge)), 431, "page headers too large");
        answeredInJson(server.raw("/api/search/%2e%2e/%2e%2e/%2e%2e/etc/passwd"), 400, "API path above the root");
        answeredWithAPage(server.raw("/%2e%2e/"), 400, "ambiguous path");
        answeredWithAPage(server.raw("/articles/%2e%2e/%2e%2e/etc/passwd"), 400, "page path above the root");
    }

    @Test
    void requestsJettyCannotReadUpToTheirPathAreAnsweredInJson() throws IOException {
        answeredInJson(server.raw("/search?q=" + "x".repeat(20_000)), 414, "address too long");
        answeredInJson(server.rawRequest("GET /search?q=x HTTP/3.0\r\nHost: 127.0.0.1\r\n\r\n"), 505, "HTTP/3.0");
        answeredInJson(server.rawRequest("GET /search?q=\u0001 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400, "control character");
    }

    @Test
    void anErrorNoRouteCaughtIsAnsweredWithoutItsName() throws IOException {
        try (WebServer failing = WebServer.start("127.0.0.1", 0, (http, templates) -> {
            http.get("/api/exhausted", (req, res) -> {
                throw new OutOfMemoryError("Java heap space");
            });
            http.get("/exhausted", (req, res) -> {
                throw new OutOfMemoryError("Java heap space");
            });
        })) {
            answeredInJson(TestServer.rawRequest(failing.port(), get("/api/exhausted", "")), 500, "API");
            answeredWithAPage(TestServer.rawRequest(failing.port(), get("/exhausted", "")), 500, "page");
        }
    }

    @Test
    void everyAnswerOfTheAppLeavesOutTheServerHeader() throws IOException {
        for (String path : List.of("/", "/api/search?q=deal", "/static/app.css", "/missing", "/api/search?size=0")) {
            TestServer.RawResponse response = server.raw(path);
            assertTrue(response.header("Server").isEmpty(), path + ": " + response.head());
        }
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout((int) HardenedJetty.IDLE_TIMEOUT.plusSeconds(30).toMillis());
                idle.add(socket);
            }
            assertEquals(200, server.get("/health").statusCode(), "idle connections keep no one out");
            for (Socket socket : idle) {
                assertEquals(-1, socket.getInputStream().read(), "the server closed the idle connection");
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }
}
