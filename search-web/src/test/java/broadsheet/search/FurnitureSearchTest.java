package broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.furniture.SetAside;
import broadsheet.index.SolrCollection;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On both engines, set-aside furniture is not searched, not in a snippet, and never marked as a match on the
 * article page, which shows it muted.
 */
@ExtendWith(SolrCloudExtension.class)
class FurnitureSearchTest {

    static final String CAPTION = "Newsletter: sign up for the Zelenskyy briefing, delivered daily";

    static LocalArchive local;
    static SolrArchive solr;
    static Path temp;

    /** Three articles with the blurb set aside, and one that is about Zelenskyy. */
    static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String topic : List.of("harvest", "railway", "harbour")) {
            String body = "The " + topic + " reopened on Monday after repairs.\n\n" + CAPTION + "\n\nOfficials praised the "
                    + topic + " workers.";
            int start = body.indexOf(CAPTION);
            articles.add(TestArchive.article("f-" + topic, "The " + topic, "Daily", Bias.CENTER, "2020-01-01", body)
                    .withFurniture(List.of(new SetAside(start, start + CAPTION.length(), 25, SetAside.Scope.ARCHIVE))));
        }
        articles.add(TestArchive.article("f-story", "Zelenskyy speaks", "Daily", Bias.CENTER, "2020-01-02",
                "Zelenskyy spoke about the harvest and the railway."));
        return articles;
    }

    @BeforeAll
    static void bothEngines(SolrTestCluster cluster) throws IOException {
        temp = Files.createTempDirectory("furniture-search");
        TestArchive.write(temp, articles());
        local = new LocalArchive(new LiveIndex(temp, Duration.ofMinutes(10)), KnowledgeBase.empty());
        SolrCollection collection = new SolrCollection(cluster.nodes(), "furniture_search_test");
        SolrArchives.create(collection, articles());
        solr = new SolrArchive(collection, KnowledgeBase.empty(), Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    @AfterAll
    static void close() throws IOException {
        local.close();
        solr.close();
        TestArchive.delete(temp);
    }

    /** By name: JUnit closes an argument that is closeable after its test, and the archives serve every test. */
    static Stream<String> engines() {
        return Stream.of("lucene", "solr");
    }

    private static Archive on(String engine) {
        return engine.equals("solr") ? solr : local;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aWordOnlyInTheFurnitureFindsNothing(String engine) throws IOException {
        Archive archive = on(engine);
        assertEquals(0, archive.search(SearchRequest.of("briefing")).total());
        SearchResult zelenskyy = archive.search(SearchRequest.of("Zelenskyy"));
        assertEquals(List.of("f-story"), zelenskyy.hits().stream().map(hit -> hit.summary().id()).toList());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void noSnippetShowsTheFurniture(String engine) throws IOException {
        Archive archive = on(engine);
        SearchResult railway = archive.search(SearchRequest.of("railway"));
        assertEquals(2, railway.total());
        for (SearchResult.Hit hit : railway.hits()) {
            assertFalse(hit.snippet().contains("Newsletter"), hit.snippet());
            assertFalse(hit.snippet().contains("   "), "no run of the blanks left in its place: " + hit.snippet());
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theArticlePageShowsTheFurnitureMutedAndNeverMarked(String engine) throws IOException {
        Archive archive = on(engine);
        ArticlePage page = archive.article("f-railway", "briefing railway").orElseThrow();
        String muted = String.join("", page.body().stream().filter(ArticlePage.Segment::furniture)
                .map(ArticlePage.Segment::text).toList());
        assertEquals(CAPTION, muted);
        assertTrue(page.body().stream().noneMatch(s -> s.furniture() && s.match()), page.body().toString());
        assertTrue(page.body().stream().anyMatch(s -> s.match() && s.text().equals("railway")), page.body().toString());
    }
}
