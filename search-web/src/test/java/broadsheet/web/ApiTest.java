package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.search.TestArchive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String pathAndQuery, int expectedStatus) throws Exception {
        HttpResponse<String> response = server.get(pathAndQuery);
        assertEquals(expectedStatus, response.statusCode(), pathAndQuery + " -> " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void searchAnswersInTheContractsShape() throws Exception {
        JsonNode result = json("/api/search?q=Zelenskyy+security+guarantees&size=3", 200);
        assertTrue(names(result).containsAll(List.of("query", "total", "page", "size", "took_ms", "hits", "facets", "suggestion")),
                names(result).toString());
        assertEquals("Zelenskyy security guarantees", result.get("query").asText());
        assertEquals("all", result.get("match").asText(), "the articles with all the words");
        assertEquals(4, result.get("total").asInt());
        assertEquals(3, result.get("hits").size());
        JsonNode hit = result.get("hits").get(0);
        assertEquals(List.of("id", "title", "url", "outlet", "bias", "date", "score", "snippet", "missing", "entities"),
                names(hit));
        assertEquals(0, hit.get("missing").size());
        assertTrue(hit.get("score").floatValue() > 0, "a relevance sort scores its hits");
        assertEquals("a-guarantees-left", hit.get("id").asText());
        assertEquals("left", hit.get("bias").asText());
        assertEquals("2025-02-14", hit.get("date").asText());
        assertTrue(hit.get("snippet").asText().contains("<mark>"));
        assertEquals(Set.of("name", "type"), Set.copyOf(names(hit.get("entities").get(0))));
        assertEquals(Set.of("bias", "outlet", "person", "organization", "place", "year"), Set.copyOf(names(result.get("facets"))));
        JsonNode bias = result.get("facets").get("bias").get(0);
        assertEquals("far-left", bias.get("value").asText());
        assertEquals(1, bias.get("count").asInt());
        assertTrue(result.get("suggestion").isNull());
    }

    @Test
    void withNoArticleHavingAllTheWordsTheAnswerSaysItFellBackAndWhatEachHitLacks() throws Exception {
        JsonNode result = json("/api/search?q=Zelenskyy+minerals+warranties", 200);
        assertEquals("all", result.get("applied").get("match").asText(), "what was asked");
        assertEquals("any", result.get("match").asText(), "what the results are");
        assertEquals(List.of("warranties"), JSON.convertValue(result.get("hits").get(0).get("missing"), List.class));
        assertEquals(400, server.get("/api/search?q=x&match=most").statusCode());
        assertTrue(server.get("/search?q=Zelenskyy+minerals+warranties").body().contains("No article has all the words"));
    }

    @Test
    void facetParametersRepeatAndCombine() throws Exception {
        JsonNode both = json("/api/search?q=guarantees&bias=left&bias=right", 200);
        assertEquals(3, both.get("total").asInt());
        JsonNode narrowed = json("/api/search?q=guarantees&bias=left&bias=right&outlet=Right+Times", 200);
        assertEquals(1, narrowed.get("total").asInt());
        JsonNode person = json("/api/search?person=" + URLEncoder.encode(TestArchive.ZELENSKYY, StandardCharsets.UTF_8) + "&from=2025-02&to=2025-02", 200);
        assertEquals(3, person.get("total").asInt());
    }

    @Test
    void theAnswerEchoesTheFiltersAndSortItIsFor() throws Exception {
        JsonNode result = json("/api/search?q=guarantees&bias=Right&bias=left&from=2025&sort=newest", 200);
        assertEquals(List.of("query", "applied", "match", "total"), names(result).subList(0, 4));
        JsonNode applied = result.get("applied");
        assertEquals("[\"right\",\"left\"]", applied.get("filters").get("bias").toString(), "canonical labels");
        assertEquals("[]", applied.get("filters").get("person").toString());
        assertEquals("2025", applied.get("from").asText());
        assertTrue(applied.get("to").isNull());
        assertEquals("newest", applied.get("sort").asText());
        assertEquals("all", applied.get("match").asText());
        assertTrue(result.get("hits").get(0).get("score").isNull(), "a date sort has no relevance score");
    }

    @Test
    void facetSizeSetsHowManyValuesEachFacetLists() throws Exception {
        assertEquals(2, json("/api/search?q=guarantees&facet.size=2", 200).get("facets").get("outlet").size());
        assertTrue(json("/api/search?q=guarantees&facet.size=1000", 200).get("facets").get("outlet").size() > 2);
        assertTrue(json("/api/search?facet.size=1001", 400).get("error").asText().contains("facet.size"));
        assertTrue(json("/api/search?facet.size=0", 400).get("error").asText().contains("facet.size"));
    }

    @Test
    void undatedArticlesCanBeChosenOrLeftOut() throws Exception {
        JsonNode all = json("/api/search?q=guarantees", 200);
        JsonNode undated = json("/api/search?q=guarantees&dated=no", 200);
        JsonNode dated = json("/api/search?q=guarantees&dated=yes", 200);
        assertEquals(1, undated.get("total").asInt());
        assertEquals("f-undated", undated.get("hits").get(0).get("id").asText());
        assertEquals(all.get("total").asInt() - 1, dated.get("total").asInt());
        assertEquals("no", undated.get("applied").get("dated").asText());
        assertTrue(json("/api/search?dated=maybe", 400).get("error").asText().contains("dated"));
        assertTrue(json("/api/search?dated=no&from=2016", 400).get("error").asText().contains("undated"));
        String page = server.get("/search?q=guarantees").body();
        assertTrue(page.contains("<span class=\"label\">undated</span><span class=\"count\">1</span>"), "undated (1)");
        assertTrue(server.get("/search?q=guarantees&dated=no").body().contains("</span> undated <span"),
                "the chip says undated is chosen");
    }

    @Test
    void aMisspellingIsSearchedAsItsCorrectionOrAsTypedWithASuggestion() throws Exception {
        JsonNode corrected = json("/api/search?q=Zelenksyy+security+guarentees", 200);
        assertEquals("Zelenskyy security guarantees", corrected.get("query").asText());
        assertEquals("Zelenksyy security guarentees", corrected.get("corrected_from").asText());
        JsonNode asTyped = json("/api/search?q=Zelenksyy+security+guarentees&as_typed=yes", 200);
        assertEquals("Zelenksyy security guarentees", asTyped.get("query").asText());
        assertTrue(asTyped.get("corrected_from").isNull());
        assertEquals("Zelenskyy security guarantees", asTyped.get("suggestion").asText());
    }

    @Test
    void badParametersAre400WithAnError() throws Exception {
        for (String query : List.of("size=0", "size=101", "size=x", "page=0", "page=-1", "page=101&size=100", "sort=best",
                "bias=purple", "from=2016-13", "to=yesterday", "from=2020&to=2019", "q=" + "x".repeat(1001), "q=a&q=b")) {
            JsonNode error = json("/api/search?" + query, 400);
            assertFalse(error.get("error").asText().isBlank(), query);
        }
        for (String malformed : List.of("q=%zz", "q=%", "q=%C3%28", "bias=%ff%fe")) {
            TestServer.RawResponse response = server.raw("/api/search?" + malformed);
            assertEquals(400, response.status(), malformed + " -> " + response.head());
        }
    }

    @Test
    void articleByIdWithEntitiesAndRelatedCoverage() throws Exception {
        JsonNode article = json("/api/articles/a-guarantees-left", 200);
        assertEquals(List.of("id", "title", "url", "outlet", "bias", "date", "authors", "words", "body", "entities",
                "related"), names(article));
        assertEquals("Zelenskyy asks allies for security guarantees", article.get("title").asText());
        assertEquals("Left Daily", article.get("outlet").asText());
        assertTrue(article.get("body").asText().startsWith("Zelenskyy said"));
        assertEquals(TestArchive.ZELENSKYY, article.get("entities").get(0).get("name").asText());
        assertEquals("person", article.get("entities").get(0).get("type").asText());
        assertEquals(2, article.get("entities").get(0).get("mentions").asInt());
        JsonNode related = article.get("related");
        assertTrue(related.size() > 0);
        assertEquals(List.of("id", "title", "url", "outlet", "bias", "date"), names(related.get(0)));
    }

    @Test
    void unknownIdsAndPathsAre404() throws Exception {
        assertFalse(json("/api/articles/nope", 404).get("error").asText().isBlank());
        assertFalse(json("/api/nothing-here", 404).get("error").asText().isBlank());
        assertEquals(404, server.get("/articles/nope").statusCode());
        assertEquals(404, server.get("/no/such/page").statusCode());
    }

    @Test
    void healthCountsDocuments() throws Exception {
        JsonNode health = json("/health", 200);
        assertEquals("ok", health.get("status").asText());
        assertEquals(TestArchive.articles().size(), health.get("documents").asInt());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/search?q=deal", "/articles/a-guarantees-left", "/api/search?q=deal",
                "/api/search?size=0", "/static/app.css", "/static/app.js", "/missing")) {
            HttpResponse<String> response = server.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void pagesEscapeWhatTheArchiveHolds() throws Exception {
        String page = server.get("/search?q=turnout").body();
        assertTrue(page.contains("Election night &lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert"), "no markup from an article reaches the page");
        String article = server.get("/articles/e-hostile-2016?q=turnout").body();
        assertFalse(article.contains("<script>alert") || article.contains("<b>bold</b>"));
        assertTrue(article.contains("<mark>turnout</mark>"));
        String reflected = server.get("/search?q=%3Cscript%3Ealert(2)%3C/script%3E").body();
        assertFalse(reflected.contains("<script>alert(2)"));
    }

    @Test
    void articlePageShowsTheTextMarkedWithEntitiesAndRelatedCoverage() throws Exception {
        HttpResponse<String> response = server.get("/articles/a-guarantees-left?q=security+guarantees");
        assertEquals(200, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("<mark>security</mark>"), "query terms marked");
        assertTrue(page.contains("class=\"entity person\""), "entity mentions marked");
        assertTrue(page.contains("href=\"/search?person=Volodymyr+Zelenskyy\""), "entity chips search for the entity");
        assertTrue(page.contains("Related coverage") && page.contains("href=\"/articles/g-far-left\""), "related articles link");
    }

    @Test
    void resultsPageShowsFacetsCoverageAndChips() throws Exception {
        String page = server.get("/search?q=Zelenskyy+security+guarantees").body();
        assertTrue(page.contains("Coverage by outlet bias"));
        assertTrue(page.contains("href=\"/search?q=Zelenskyy+security+guarantees&amp;bias=left\""), "a facet value adds a filter");
        assertTrue(page.contains("class=\"chip person"), "entity chips");
        assertTrue(page.contains("<mark>security</mark>"));
        String filtered = server.get("/search?q=guarantees&bias=left&person=" + URLEncoder.encode(TestArchive.ZELENSKYY, StandardCharsets.UTF_8)).body();
        assertTrue(filtered.contains("<input type=\"hidden\" name=\"bias\" value=\"left\">")
                && filtered.contains("<input type=\"hidden\" name=\"person\" value=\"Volodymyr Zelenskyy\">"),
                "sorting and dates keep the chosen filters");
        assertTrue(filtered.contains("<h2>People</h2>") && filtered.contains("aria-current=\"true\""));
        String misspelt = server.get("/search?q=Zelenksyy+security+guarentees").body();
        assertTrue(misspelt.contains("Showing results for <strong>Zelenskyy security guarantees</strong>"), misspelt);
        assertTrue(misspelt.contains("href=\"/search?q=Zelenksyy+security+guarentees&amp;as_typed=yes\""));
        assertTrue(server.get("/search?q=Zelenksyy+security+guarentees&as_typed=yes").body().contains("Did you mean"));
    }

    @Test
    void anUnchangedAnswerIsA304AndAnswersAreGzippedForClientsThatAcceptIt() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create(server.base() + "/api/search?q=guarantees");
        HttpResponse<String> first = client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> again = client.send(java.net.http.HttpRequest.newBuilder(uri)
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<byte[]> zipped = client.send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            JsonNode unzipped = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(JSON.readTree(first.body()).get("hits"), unzipped.get("hits"));
        }
        assertEquals(tag, zipped.headers().firstValue("ETag").orElseThrow(), "the tag is of the content, not its coding");
    }
}
