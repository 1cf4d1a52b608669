package broadsheet.web;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.search.LiveIndex;
import broadsheet.search.LocalArchive;
import broadsheet.search.TestArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real web app on a free port of 127.0.0.1, serving the {@link TestArchive}, or an index a test made.
 * Registered with {@code @RegisterExtension static final TestServer server = new TestServer();} it serves
 * the test archive to every test of a class, from a folder of its own that it deletes afterwards.
 */
final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private LocalArchive archive;
    private WebServer server;
    private Path folder;

    /** Serves the test archive once a test class starts; see the class comment. */
    TestServer() {}

    TestServer(Path dir) throws IOException {
        this(TestArchive.build(dir.resolve("index")), Duration.ofSeconds(30), LiveIndex.SEARCH_TIME);
    }

    /** Serves the index in {@code indexDir}, looking for a newer commit every {@code refreshEvery}. */
    TestServer(Path indexDir, Duration refreshEvery, Duration searchTime) throws IOException {
        start(indexDir, refreshEvery, searchTime);
    }

    private void start(Path indexDir, Duration refreshEvery, Duration searchTime) throws IOException {
        this.archive = new LocalArchive(new LiveIndex(indexDir, refreshEvery, searchTime), KnowledgeBase.empty());
        this.server = WebServer.start(archive, "127.0.0.1", 0);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("broadsheet-test-server");
        start(TestArchive.build(folder.resolve("index")), Duration.ofSeconds(30), LiveIndex.SEARCH_TIME);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            close();
        } finally {
            TestArchive.delete(folder);
        }
    }

    int port() {
        return server.port();
    }

    String base() {
        return "http://127.0.0.1:" + port();
    }

    /** GETs a path with its query string exactly as given (not re-encoded). */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A response read off the socket: the status, the head (status line and headers) and the body. */
    record RawResponse(int status, String head, String body) {
        /** The value of the header, if the response has it. */
        Optional<String> header(String name) {
            return head.lines().skip(1).filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst();
        }
    }

    /** Sends the request line byte for byte, for what an HTTP client library refuses to send. */
    RawResponse raw(String pathAndQuery) throws IOException {
        return rawRequest("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    RawResponse rawRequest(String request) throws IOException {
        return rawRequest(port(), request);
    }

    /** Sends the whole request byte for byte (ISO-8859-1) to a port of 127.0.0.1, and reads the response until the server closes. */
    static RawResponse rawRequest(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? response : response.substring(0, headEnd);
            String[] statusLine = head.split(" ", 3);
            return new RawResponse(Integer.parseInt(statusLine[1]), head, headEnd < 0 ? "" : response.substring(headEnd + 4));
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        archive.close();
    }
}
