package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.search.TestArchive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Queries that cost far more than a reader's: each is answered, quickly refused, or stopped, never a 500. */
class QueryCostTest {

    /** Within every limit of a request: 1,000 characters of one fuzzy term, over and over. */
    static final String COSTLY = "trump~2 ".repeat(125).strip();

    @RegisterExtension
    static final TestServer server = new TestServer();
    static final ObjectMapper JSON = new ObjectMapper();

    private static String search(String query) {
        return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static JsonNode error(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(1, error.size(), response.body());
        assertTrue(error.get("error").isTextual(), response.body());
        return error;
    }

    @Test
    void aCostlyQueryIsAnsweredAndOrdinaryQueriesGoOnWhileSomeRun() throws Exception {
        ExecutorService flood = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> costly = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                costly.add(flood.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        HttpResponse<String> response = server.get(search(COSTLY));
                        statuses.add(response.statusCode());
                        if (response.statusCode() != 200) {
                            error(response);
                        }
                    }
                    return statuses;
                }));
            }
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> ordinary = server.get(search("security guarantees"));
                assertEquals(200, ordinary.statusCode(), ordinary.body());
                assertEquals(4, JSON.readTree(ordinary.body()).get("total").asInt());
            }
            for (Future<List<Integer>> client : costly) {
                assertTrue(client.get().stream().allMatch(status -> status == 200 || status == 503), client.get().toString());
            }
        } finally {
            flood.shutdownNow();
        }
    }

    @Test
    void aQueryWithTooManyFuzzyOrPrefixTermsIsRefused() throws Exception {
        List<String> words = IntStream.range(0, 9).mapToObj(i -> "word" + (char) ('a' + i) + "~2").toList();
        String fuzzy = String.join(" ", words);
        String prefixes = String.join(" ", IntStream.range(0, 200).mapToObj(i -> "w" + (char) ('a' + i % 26)
                + (char) ('a' + i / 26) + "*").toList());
        for (String query : List.of(fuzzy, prefixes)) {
            HttpResponse<String> response = server.get(search(query));
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(error(response).get("error").asText().contains("fuzzy"), response.body());
        }
        assertEquals(200, server.get(search("secur* " + String.join(" ", words.subList(0, 7)))).statusCode(), "eight are allowed");
    }

    @Test
    void aSearchPastItsTimeIsStoppedAndAnsweredUnavailable(@TempDir Path other) throws Exception {
        try (TestServer hurried = new TestServer(TestArchive.build(other.resolve("index")), Duration.ofSeconds(30), Duration.ZERO)) {
            HttpResponse<String> api = hurried.get(search("guarantees"));
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(error(api).get("error").asText().contains("took longer"), api.body());
            assertEquals("1", api.headers().firstValue("Retry-After").orElse(""));
            HttpResponse<String> page = hurried.get("/search?q=guarantees");
            assertEquals(503, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("took longer"), page.body());
        }
    }
}
