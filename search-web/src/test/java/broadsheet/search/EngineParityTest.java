package broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.schema.PublicationDate;
import broadsheet.search.SearchResult.Hit;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One search, two engines: the bundled corpus in the local index and the very same articles in a two-shard SolrCloud
 * collection answer every kind of search with the same total, facets, coverage, timeline, suggestion and top hits, and
 * show the same article pages.
 *
 * <p>Scores are compared with a relative tolerance of {@value #TOLERANCE}: Solr's Lucene (9.12) and Broadsheet's
 * (10.6) compute the same BM25 from the same collection-wide statistics (ExactStatsCache), but may add up a query's
 * clauses in another order, so scores differ in their last bits (float rounding is about 1e-7), far less than the
 * tolerance, which is far less than the gap between scores that rank differently. Hits whose scores tie within it
 * (and, sorted by date, hits of the same day, whose order is by scores the result does not show) may come in either
 * order, and either of them may be the last to make a page.
 */
@ExtendWith(SolrCloudExtension.class)
class EngineParityTest {

    static final double TOLERANCE = 1e-4;
    static final String MISSION = "Zelenskyy security guarantees";

    static LocalArchive local;
    static SolrArchive solr;

    @BeforeAll
    static void bothEngines(SolrTestCluster cluster) throws IOException {
        SolrArchives.BundledCorpus corpus = SolrArchives.bundledCorpus(cluster);
        local = new LocalArchive(new LiveIndex(corpus.index(), Duration.ofMinutes(10), Duration.ofSeconds(30)),
                corpus.knowledgeBase());
        solr = new SolrArchive(corpus.collection(), corpus.knowledgeBase(), Duration.ofSeconds(30), Duration.ofSeconds(1));
    }

    @AfterAll
    static void close() throws IOException {
        local.close();
        solr.close();
    }

    static Stream<String> searches() {
        String mission = "q=" + MISSION;
        return Stream.of(
                mission, "q=Zelensky security guarantees", "q=Zelenskiy security guarantees",
                "q=Zelenskyy securty guarantes", "q=Zelenskyy securty guarantes&as_typed=yes", // did you mean
                "q=\"security guarantees\"", "q=\"Volodymyr Zelensky\" aid", "q=\"security of Ukraine\"",
                "q=impeachment -Trump", "q=whistleblower | Giuliani",
                mission + "&bias=left&bias=right", mission + "&outlet=The Hill&outlet=Reuters",
                mission + "&person=Joe Biden", mission + "&person=Joe Biden&person=Rudy Giuliani",
                mission + "&organization=White House", mission + "&place=Kyiv",
                mission + "&bias=center&outlet=The Hill&person=Donald Trump&place=Ukraine",
                mission + "&from=2019&to=2019", mission + "&from=2019-09&to=2019-10-15", mission + "&from=2020",
                mission + "&to=2018", mission + "&dated=yes", mission + "&dated=no",
                mission + "&sort=newest", mission + "&sort=oldest", mission + "&sort=oldest&dated=yes&from=2016",
                "", "sort=oldest", "bias=right&sort=newest",
                mission + "&page=2", "q=Trump&page=3&size=20", mission + "&facet.size=3", mission + "&size=1&page=5",
                "q=xyzzyplugh", "q=xyzzyplugh&person=Joe Biden",
                mission + "&match=any", mission + "&match=any&page=3", "q=Zelenskyy xyzzyplugh", // no article has all
                "q=Zelenskyy minerals xyzzyplugh&sort=newest");
    }

    @ParameterizedTest
    @MethodSource("searches")
    void bothEnginesAnswerTheSame(String parameters) throws IOException {
        SearchRequest request = SearchRequest.fromParameters(parameters(parameters));
        SearchResult onLucene = local.search(request);
        SearchResult onSolr = solr.search(request);
        sameCountsAndFacets(onLucene, onSolr);
        sameHits(request, onLucene, onSolr);
    }

    /**
     * Prefix and fuzzy terms find the same articles on either engine; their scores differ (see
     * {@link SolrQueryWriter}), so only what does not depend on them is compared.
     */
    @ParameterizedTest
    @MethodSource("expanding")
    void prefixAndFuzzyTermsFindTheSameArticles(String parameters) throws IOException {
        SearchRequest request = SearchRequest.fromParameters(parameters(parameters));
        sameCountsAndFacets(local.search(request), solr.search(request));
    }

    static Stream<String> expanding() {
        return Stream.of("q=secur* guarant*", "q=zelenski~1 guarantees", "q=impeach*&sort=newest");
    }

    @Test
    void theMissionQueryFindsTheSameOnBoth() throws IOException {
        SearchResult onSolr = solr.search(SearchRequest.of(MISSION));
        // 11 articles with all three words once page furniture is set aside (The Flip Side's teasers repeat them)
        assertTrue(onSolr.total() > 10, "the bundled corpus is about the mission: " + onSolr.total());
        assertEquals(SearchRequest.DEFAULT_SIZE, onSolr.hits().size());
        assertTrue(onSolr.hits().getFirst().snippet().contains("<mark>"), onSolr.hits().getFirst().snippet());
        assertEquals("Zelenskyy security guarantees",
                solr.search(SearchRequest.of("Zelenskyy securty guarantes").typedExactly()).suggestion());
        assertEquals("Zelenskyy securty guarantes", solr.search(SearchRequest.of("Zelenskyy securty guarantes")).correctedFrom());
    }

    @Test
    void articlePagesAreMarkedAlike() throws IOException {
        for (String query : List.of(MISSION, "Zelensky", "\"security guarantees\" -Trump", "")) {
            for (Hit hit : local.search(SearchRequest.of(MISSION)).hits().subList(0, 3)) {
                String id = hit.summary().id();
                ArticlePage onLucene = local.article(id, query).orElseThrow();
                ArticlePage onSolr = solr.article(id, query).orElseThrow();
                assertAll(id + " for " + query,
                        () -> assertEquals(onLucene.body(), onSolr.body(), "the marked segments"),
                        () -> assertEquals(onLucene.article().summary(), onSolr.article().summary()),
                        () -> assertEquals(onLucene.article().entities(), onSolr.article().entities()),
                        () -> assertEquals(onLucene.article().authors(), onSolr.article().authors()),
                        () -> assertEquals(onLucene.article().words(), onSolr.article().words()),
                        () -> assertEquals(onLucene.article().body(), onSolr.article().body()));
                // MoreLikeThis picks its terms per shard on Solr: related coverage is alike, not the same
                assertFalse(onSolr.article().related().isEmpty(), id);
                assertTrue(onSolr.article().related().stream().noneMatch(r -> r.id().equals(id)), "not itself");
                assertFalse(Objects.equals(hit.summary().outlet(), onSolr.article().related().getFirst().outlet()),
                        "another outlet first");
            }
        }
        assertTrue(solr.article("no-such-id", MISSION).isEmpty());
    }

    private static void sameCountsAndFacets(SearchResult onLucene, SearchResult onSolr) {
        assertEquals(onLucene.facets().keySet(), onSolr.facets().keySet(), "facets");
        assertAll(onLucene.facets().keySet().stream().map(facet ->
                () -> assertEquals(onLucene.facets().get(facet), onSolr.facets().get(facet), facet)));
        assertAll(
                () -> assertEquals(onLucene.match(), onSolr.match(), "match"),
                () -> assertEquals(onLucene.total(), onSolr.total(), "total"),
                () -> assertEquals(onLucene.coverage(), onSolr.coverage(), "coverage"),
                () -> assertEquals(onLucene.timeline(), onSolr.timeline(), "timeline"),
                () -> assertEquals(onLucene.suggestion(), onSolr.suggestion(), "suggestion"),
                () -> assertEquals(onLucene.query(), onSolr.query(), "query"),
                () -> assertEquals(onLucene.correctedFrom(), onSolr.correctedFrom(), "corrected from"),
                () -> assertEquals(onLucene.applied(), onSolr.applied(), "applied"));
    }

    /**
     * The same page of hits, but for the order of hits that tie (see the class comment): each hit Solr lists is one
     * the local index ranks where Solr does, within the tie, and is shown the same, with the same score.
     */
    private static void sameHits(SearchRequest request, SearchResult onLucene, SearchResult onSolr) throws IOException {
        assertEquals(onLucene.hits().size(), onSolr.hits().size(), "hits on the page");
        Map<String, Hit> ranked = new LinkedHashMap<>();
        local.search(request.page(1, SearchRequest.MAX_SIZE)).hits().forEach(hit -> ranked.put(hit.summary().id(), hit));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < onSolr.hits().size(); i++) {
            Hit solrHit = onSolr.hits().get(i);
            Hit localHit = ranked.get(solrHit.summary().id());
            Hit atRank = onLucene.hits().get(i);
            if (localHit == null) {
                problems.add(i + ": " + solrHit.summary().id() + " is not among the local index's best");
            } else if (!sameRankKey(request.sort(), localHit, atRank)) {
                problems.add(i + ": " + solrHit.summary().id() + " ranks where the local index ranks "
                        + atRank.summary().id() + " (" + key(request.sort(), atRank) + "), not "
                        + key(request.sort(), localHit));
            } else if (!sameShown(localHit, solrHit)) {
                problems.add(i + ": " + solrHit + " is shown as " + localHit + " locally");
            }
        }
        assertEquals(List.of(), problems, "hits of " + request);
    }

    private static boolean sameRankKey(SortOrder sort, Hit a, Hit b) {
        return sort == SortOrder.RELEVANCE ? near(a.score(), b.score()) : Objects.equals(key(sort, a), key(sort, b));
    }

    private static Object key(SortOrder sort, Hit hit) {
        if (sort == SortOrder.RELEVANCE) {
            return hit.score();
        }
        String date = hit.summary().date();
        return date == null ? null : PublicationDate.parseIso(date).map(PublicationDate::firstDay).orElse(LocalDate.MIN);
    }

    private static boolean sameShown(Hit onLucene, Hit onSolr) {
        return onLucene.summary().equals(onSolr.summary()) && onLucene.snippet().equals(onSolr.snippet())
                && onLucene.entities().equals(onSolr.entities()) && onLucene.missing().equals(onSolr.missing())
                && (onLucene.score() == null ? onSolr.score() == null : near(onLucene.score(), onSolr.score()));
    }

    private static boolean near(Float a, Float b) {
        assertNotNull(a);
        assertNotNull(b);
        return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** A query string as the web app reads it: {@code q=a b&bias=left&bias=right}, values not encoded. */
    static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> params = new HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                params.computeIfAbsent(pair.substring(0, equals), k -> new ArrayList<>())
                        .add(URLDecoder.decode(pair.substring(equals + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
