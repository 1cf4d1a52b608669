package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.index.SolrCollection;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.search.Archive;
import broadsheet.search.LiveIndex;
import broadsheet.search.LocalArchive;
import broadsheet.search.SolrArchive;
import broadsheet.search.SolrArchives;
import broadsheet.search.TestArchive;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP API and the pages answer the same on either engine: the web app on the test archive in a local index, and on the same
 * articles in a SolrCloud collection. With a Solr node down it answers 503 with a JSON error, at once, and recovers
 * when the node is back.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrApiTest {

    /** See EngineParityTest: the same BM25, added up in another order. */
    private static final double TOLERANCE = 1e-4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path temp;

    static List<Archive> archives;
    static WebServer local;
    static WebServer solr;

    @BeforeAll
    static void serveBothEngines(SolrTestCluster cluster) throws IOException {
        SolrCollection collection = new SolrCollection(cluster.nodes(), "api_test");
        SolrArchives.create(collection, TestArchive.articles());
        Archive onLucene = new LocalArchive(new LiveIndex(TestArchive.build(temp.resolve("index")), Duration.ofMinutes(10)),
                KnowledgeBase.empty());
        Archive onSolr = new SolrArchive(collection, KnowledgeBase.empty(), Duration.ofSeconds(5), Duration.ofSeconds(1));
        archives = List.of(onLucene, onSolr);
        local = WebServer.start(onLucene, "127.0.0.1", 0);
        solr = WebServer.start(onSolr, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        local.close();
        solr.close();
        for (Archive archive : archives) {
            archive.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/search?q=Zelenskyy+security+guarantees",
        "/api/search?q=guarantees&bias=left&bias=right&outlet=Right+Times",
        "/api/search?q=guarantees&person=Volodymyr+Zelenskyy&from=2025-02&to=2025-03&sort=oldest",
        "/api/search?q=security+guarentees",
        "/api/search?q=%22security+guarantees%22+-Munich&size=2&page=2",
        "/api/search?dated=no",
        "/api/search?q=nothing+like+it",
        "/api/search?q=Zelenskyy+minerals+warranties",
        "/api/search?q=security+guarantees&match=any&size=20"})
    void searchesAnswerAlike(String path) throws Exception {
        JsonNode onLucene = json(local, path, 200);
        JsonNode onSolr = json(solr, path, 200);
        assertEquals(withoutTimeOrScores(onLucene), withoutTimeOrScores(onSolr), path);
        for (int i = 0; i < onLucene.get("hits").size(); i++) {
            double expected = onLucene.get("hits").get(i).path("score").asDouble();
            double actual = onSolr.get("hits").get(i).path("score").asDouble();
            assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.abs(expected), path + " hit " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles/a-guarantees-left?q=security+guarantees", "/api/articles/e-hostile-2016"})
    void articlesAnswerAlike(String path) throws Exception {
        JsonNode onLucene = json(local, path, 200);
        JsonNode onSolr = json(solr, path, 200);
        // MoreLikeThis picks its terms per shard on Solr: the related articles are alike, not the same
        assertTrue(onSolr.path("related").isArray(), onSolr.toString());
        assertEquals(withoutRelated(onLucene), withoutRelated(onSolr), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=Zelenskyy+security+guarantees&bias=left&bias=far-left",
        "/search?q=guarentees&sort=newest"})
    void pagesAreTheSame(String path) throws Exception {
        HttpResponse<String> onLucene = get(local, path);
        assertEquals(200, onLucene.statusCode(), path);
        assertEquals(onLucene.body(), get(solr, path).body(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=security+guarantees", "q=guarantees&sort=newest", "q=&sort=oldest", "q=zelenskyy&bias=left"})
    void aCursorWalksTheSameArticlesInTheSameOrder(String query) throws Exception {
        assertEquals(walk(local, query), walk(solr, query), query);
    }

    @Test
    void aCursorIsTheEnginesItCameFrom() throws Exception {
        String fromSolr = json(solr, "/api/search?q=guarantees&size=1&cursor=*", 200).get("next_cursor").asText();
        String fromLucene = json(local, "/api/search?q=guarantees&size=1&cursor=*", 200).get("next_cursor").asText();
        json(local, "/api/search?q=guarantees&size=1&cursor=" + fromSolr, 400);
        json(solr, "/api/search?q=guarantees&size=1&cursor=" + fromLucene, 400);
    }

    /** The ids of every match, two a page, from {@code cursor=*} to a null {@code next_cursor}. */
    private static List<String> walk(WebServer server, String query) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String cursor = "*"; cursor != null; ) {
            JsonNode page = json(server, "/api/search?" + query + "&size=2&cursor=" + cursor, 200);
            page.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        }
        return ids;
    }

    @Test
    void anUnknownArticleOrABadParameterIsTheSameAnswer() throws Exception {
        assertEquals(json(local, "/api/articles/no-such-id", 404), json(solr, "/api/articles/no-such-id", 404));
        assertEquals(json(local, "/api/search?q=x&size=0", 400), json(solr, "/api/search?q=x&size=0", 400));
    }

    @Test
    void aNodeDownIsA503WithAJsonErrorThenSearchesComeBack(SolrTestCluster cluster) throws Exception {
        String path = "/api/search?q=guarantees";
        JsonNode before = withoutTimeOrScores(json(solr, path, 200));
        cluster.stopNode(0);
        try {
            JsonNode down = json(solr, path, 503);
            assertTrue(down.get("error").asText().contains("search engine"), down.toString());
            json(solr, "/api/articles/a-guarantees-left", 503);
        } finally {
            cluster.startNode(0);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> again = get(solr, path);
        while (again.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            again = get(solr, path);
        }
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(before, withoutTimeOrScores(JSON.readTree(again.body())));
    }

    private static JsonNode withoutTimeOrScores(JsonNode result) {
        ObjectNode copy = result.deepCopy();
        copy.remove("took_ms");
        copy.get("hits").forEach(hit -> ((ObjectNode) hit).remove("score"));
        return copy;
    }

    private static JsonNode withoutRelated(JsonNode page) {
        ObjectNode copy = page.deepCopy();
        copy.remove("related");
        return copy;
    }

    private static JsonNode json(WebServer server, String path, int status) throws Exception {
        HttpResponse<String> response = get(server, path);
        assertEquals(status, response.statusCode(), path + " -> " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(WebServer server, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
