package broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.schema.ArticleSummary;
import broadsheet.schema.Bias;
import broadsheet.schema.Fields;
import broadsheet.search.ArticlePage.Segment;
import broadsheet.search.SearchResult.BiasShare;
import broadsheet.search.SearchResult.EntityRef;
import broadsheet.search.SearchResult.FacetValue;
import broadsheet.search.SearchResult.Hit;
import broadsheet.search.SearchResult.MonthCount;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSearchTest {

    @TempDir
    static Path dir;

    static LiveIndex index;
    static ArchiveSearch search;
    static ArticlePages pages;

    @BeforeAll
    static void buildArchive() throws IOException {
        index = new LiveIndex(TestArchive.build(dir.resolve("index")), Duration.ofSeconds(30));
        search = new ArchiveSearch(index);
        pages = new ArticlePages(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static SearchResult search(String query) throws IOException {
        return search.search(SearchRequest.of(query));
    }

    private static SearchResult search(Map<String, List<String>> params) throws IOException {
        return search.search(SearchRequest.fromParameters(params));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.summary().id()).toList();
    }

    @Test
    void theResultsAreTheArticlesWithAllTheWords() throws IOException {
        SearchResult result = search("Zelenskyy security guarantees");
        assertEquals("all", result.match());
        assertEquals(4, result.total(), "not every article with one of the words");
        assertEquals(Set.of("a-guarantees-left", "b-guarantees-center", "d-minerals-lean-right", "g-far-left"),
                Set.copyOf(ids(result)));
        assertTrue(result.hits().stream().allMatch(hit -> hit.missing().isEmpty()));
        assertEquals(4, result.facets().get(Fields.BIAS).stream().mapToLong(FacetValue::count).sum(),
                "the facets count the results");
    }

    @Test
    void askedForAnyOfTheWordsArticlesWithAllOfThemComeFirstAndTheOthersSayWhatTheyLack() throws IOException {
        SearchResult result = search(Map.of("q", List.of("Zelenskyy security guarantees"), "match", List.of("any")));
        assertEquals("any", result.match());
        List<String> ids = ids(result);
        assertEquals(Set.of("a-guarantees-left", "b-guarantees-center", "d-minerals-lean-right", "g-far-left"),
                new HashSet<>(ids.subList(0, 4)), ids.toString());
        assertTrue(ids.containsAll(List.of("c-minerals-right", "f-undated", "h-left-grain")), "partial matches are found too");
        assertEquals(List.of(), result.hits().getFirst().missing());
        SearchResult.Hit grain = result.hits().get(ids.indexOf("h-left-grain"));
        assertEquals(List.of("Zelenskyy", "security"), grain.missing());
        assertTrue(ids.indexOf("c-minerals-right") < ids.indexOf("h-left-grain"),
                "two of the words (Zelenskyy, guarantees) before one");
    }

    @Test
    void whenNoArticleHasAllTheWordsTheResultsAreThoseWithTheMostOfThem() throws IOException {
        SearchResult result = search("Zelenskyy minerals warranties");
        assertEquals("any", result.match(), "the fallback");
        List<String> ids = ids(result);
        assertTrue(Set.of("c-minerals-right", "d-minerals-lean-right").containsAll(ids.subList(0, 2)), ids.toString());
        assertEquals(List.of("warranties"), result.hits().getFirst().missing());
        SearchResult.Hit blog = result.hits().get(ids.indexOf("f-undated"));
        assertEquals(List.of("Zelenskyy", "minerals"), blog.missing());
        assertEquals(result.total(), result.facets().get(Fields.BIAS).stream().mapToLong(FacetValue::count).sum());
    }

    @Test
    void titleMatchesAndNearTermsRankHigher() throws IOException {
        List<String> ids = ids(search("Zelenskyy security guarantees"));
        assertEquals("a-guarantees-left", ids.getFirst(), "all terms in the title and next to each other");
        assertTrue(ids.indexOf("g-far-left") < ids.indexOf("b-guarantees-center"),
                "'security guarantees' side by side beats the same words far apart: " + ids);
    }

    @Test
    void simpleQuerySyntaxWorks() throws IOException {
        assertEquals(List.of("a-guarantees-left", "g-far-left"), ids(search("\"security guarantees\" -minerals")).stream().sorted().toList());
        assertEquals(Set.of("c-minerals-right", "d-minerals-lean-right", "e-hostile-2016"), Set.copyOf(ids(search("minerals | voters"))));
        assertTrue(ids(search("miner*")).contains("d-minerals-lean-right"));
        assertTrue(ids(search("Zelenskiy~1")).contains("a-guarantees-left"));
        assertEquals(TestArchive.articles().size() - 2, search("-minerals").total(), "an exclusion alone excludes");
    }

    @Test
    void oneLetterPrefixesExpandToNothing() throws IOException {
        assertEquals(0, search("s*").total(), "a one-letter prefix would touch most of the dictionary");
        assertTrue(search("se*").total() > 0);
    }

    @Test
    void anyInputIsAValidQuery() throws IOException {
        for (String query : List.of("\"", "((", "-", "|", "*", "a*", "~", "\\", "\"unclosed phrase", "AND OR NOT", "🙂", "-minerals")) {
            search(query);
        }
        assertTrue(search("").total() == TestArchive.articles().size(), "a blank query lists the whole archive");
    }

    @Test
    void biasOrOutletValuesCombineWithOrAndFacetsWithAnd() throws IOException {
        SearchResult leftOrRight = search(Map.of("q", List.of("Zelenskyy"), "bias", List.of("left", "right")));
        assertEquals(Set.of("a-guarantees-left", "c-minerals-right"), Set.copyOf(ids(leftOrRight)));
        SearchResult leftInCentreWire = search(Map.of("q", List.of("guarantees"), "bias", List.of("left"),
                "outlet", List.of("Centre Wire")));
        assertEquals(0, leftInCentreWire.total());
    }

    @Test
    void eachFacetCountsIgnoreItsOwnSelection() throws IOException {
        SearchResult result = search(Map.of("q", List.of("guarantees"), "bias", List.of("left")));
        assertEquals(Set.of("a-guarantees-left", "h-left-grain"), Set.copyOf(ids(result)));
        List<String> biasValues = result.facets().get(Fields.BIAS).stream().map(FacetValue::value).toList();
        assertTrue(biasValues.containsAll(List.of("far-left", "center", "right")), "other biases stay choosable: " + biasValues);
        List<FacetValue> outlets = result.facets().get(Fields.OUTLET);
        assertEquals(List.of(new FacetValue("Left Daily", 2)), outlets, "other facets follow the bias filter");
    }

    @Test
    void biasIsListedInTheOrderOfTheScale() throws IOException {
        List<String> labels = search("").facets().get(Fields.BIAS).stream().map(FacetValue::value).toList();
        List<String> scale = java.util.Arrays.stream(Bias.values()).map(Bias::label).filter(labels::contains).toList();
        assertEquals(scale, labels);
    }

    @Test
    void yearsListTheirMonthsAndTheTimelineFillsGaps() throws IOException {
        SearchResult result = search("");
        FacetValue y2025 = result.facets().get(Fields.YEAR).getFirst();
        assertEquals("2025", y2025.value());
        assertEquals(List.of(new FacetValue("2025-02", 3), new FacetValue("2025-03", 1),
                new FacetValue("2025-04", 1)), y2025.months());
        assertEquals("2016-03", result.timeline().getFirst().month());
        assertEquals("2025-04", result.timeline().getLast().month());
        assertEquals(new MonthCount("2020-01", 0), result.timeline().stream().filter(m -> m.month().equals("2020-01")).findFirst().orElseThrow());
    }

    @Test
    void entityFacetsCountPeopleOrganisationsAndPlaces() throws IOException {
        SearchResult result = search(Map.of("q", List.of("guarantees"), "person", List.of(TestArchive.ZELENSKYY)));
        assertEquals(5, result.total());
        assertEquals(new FacetValue(TestArchive.NATO, 1), result.facets().get(Fields.ORGANIZATION).getFirst());
        assertTrue(result.hits().getFirst().entities().contains(new EntityRef(TestArchive.ZELENSKYY, "person")));
    }

    @Test
    void aSecondPersonNarrowsToTheArticlesThatNameBothAndCountsSayWhoElseTheyName(@TempDir Path other)
            throws IOException {
        Path named = other.resolve("named");
        TestArchive.write(named, List.of(
                TestArchive.article("both", "Talks", "Left Daily", Bias.LEFT, "2025-02", "Zelenskyy met Trump."),
                TestArchive.article("trump", "Rally", "Right Times", Bias.RIGHT, "2025-02", "Trump spoke in Ohio."),
                TestArchive.article("zelenskyy", "Visit", "Left Daily", Bias.LEFT, "2025-02", "Zelenskyy went to Kyiv.")));
        try (LiveIndex live = new LiveIndex(named, Duration.ofSeconds(30))) {
            ArchiveSearch people = new ArchiveSearch(live);
            SearchResult one = people.search(SearchRequest.fromParameters(Map.of("person", List.of(TestArchive.TRUMP))));
            assertEquals(Set.of("both", "trump"), Set.copyOf(ids(one)));
            assertEquals(List.of(new FacetValue(TestArchive.TRUMP, 2), new FacetValue(TestArchive.ZELENSKYY, 1)),
                    one.facets().get(Fields.PERSON), "how many of the results also name each person");
            SearchResult both = people.search(SearchRequest.fromParameters(
                    Map.of("person", List.of(TestArchive.TRUMP, TestArchive.ZELENSKYY))));
            assertEquals(List.of("both"), ids(both));
            SearchResult eitherOutlet = people.search(SearchRequest.fromParameters(Map.of("person",
                    List.of(TestArchive.TRUMP), "outlet", List.of("Left Daily", "Right Times"))));
            assertEquals(Set.of("both", "trump"), Set.copyOf(ids(eitherOutlet)), "an outlet filter stays any-of");
        }
    }

    @Test
    void partialDatesBoundTheRange() throws IOException {
        assertEquals(Set.of("a-guarantees-left", "b-guarantees-center", "g-far-left"),
                Set.copyOf(ids(search(Map.of("from", List.of("2025-02"), "to", List.of("2025-02"))))));
        assertEquals(Set.of("e-hostile-2016"), Set.copyOf(ids(search(Map.of("to", List.of("2016"))))));
        assertEquals(5, search(Map.of("from", List.of("2025"))).total());
    }

    @Test
    void newestAndOldestPutUndatedArticlesLast() throws IOException {
        List<String> newest = ids(search(Map.of("sort", List.of("newest"), "size", List.of("100"))));
        assertEquals("d-minerals-lean-right", newest.getFirst());
        assertEquals("f-undated", newest.getLast());
        List<String> oldest = ids(search(Map.of("q", List.of(""), "sort", List.of("oldest"))));
        assertEquals("e-hostile-2016", oldest.getFirst());
        assertEquals("f-undated", oldest.getLast());
    }

    @Test
    void pagesDoNotOverlap() throws IOException {
        List<String> first = ids(search(Map.of("size", List.of("3"))));
        List<String> second = ids(search(Map.of("size", List.of("3"), "page", List.of("2"))));
        List<String> third = ids(search(Map.of("size", List.of("3"), "page", List.of("3"))));
        assertEquals(3, first.size());
        assertEquals(2, third.size());
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        all.addAll(third);
        assertEquals(TestArchive.articles().size(), all.size());
        assertTrue(ids(search(Map.of("size", List.of("100"), "page", List.of("100")))).isEmpty());
    }

    @Test
    void badParametersAreRefusedWithAReason() {
        for (Map<String, List<String>> params : List.of(
                Map.of("size", List.of("0")), Map.of("size", List.of("101")), Map.of("size", List.of("ten")),
                Map.of("page", List.of("0")), Map.of("page", List.of("101"), "size", List.of("100")),
                Map.of("sort", List.of("random")), Map.of("bias", List.of("purple")),
                Map.of("from", List.of("2016-13")), Map.of("from", List.of("2020"), "to", List.of("2019")),
                Map.of("q", List.of("x".repeat(1001))), Map.of("q", List.of("a", "b")))) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                    () -> SearchRequest.fromParameters(params), params.toString());
            assertFalse(refused.getMessage().isBlank());
        }
    }

    @Test
    void snippetsMarkMatchesAndEscapeTheText() throws IOException {
        Hit hostile = search("turnout").hits().getFirst();
        assertTrue(hostile.snippet().contains("<mark>turnout</mark>"), hostile.snippet());
        assertTrue(hostile.snippet().contains("&lt;script&gt;"), hostile.snippet());
        assertFalse(hostile.snippet().contains("<script>") || hostile.snippet().contains("<b>"), hostile.snippet());
        Hit first = search("security guarantees").hits().getFirst();
        assertTrue(first.snippet().contains("<mark>security</mark> <mark>guarantees</mark>"), first.snippet());
    }

    @Test
    void aTextWithoutFullStopsGivesAShortSnippetAndALongTitleIsCut(@TempDir Path other) throws IOException {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; sentence.length() < 200_000; i++) {
            sentence.append(i == 100 ? "ceasefire " : "words without any punctuation at all ");
        }
        String title = "A headline that goes on ".repeat(200);
        Path unpunctuated = other.resolve("unpunctuated");
        TestArchive.write(unpunctuated, List.of(
                TestArchive.article("run-on", title, "Left Daily", Bias.LEFT, "2025-01", sentence.toString())));
        try (LiveIndex live = new LiveIndex(unpunctuated, Duration.ofSeconds(30))) {
            ArchiveSearch runOn = new ArchiveSearch(live);
            for (String query : List.of("punctuation", "ceasefire", "")) {
                Hit hit = runOn.search(SearchRequest.of(query)).hits().getFirst();
                String text = hit.snippet().replace("<mark>", "").replace("</mark>", "");
                assertTrue(text.length() <= Passages.MAX_PASSAGE_LENGTH + 4, query + ": " + text.length()); // and two ellipses
                assertTrue(query.isEmpty() || hit.snippet().contains("<mark>" + query + "</mark>"), hit.snippet());
                assertTrue(hit.summary().title().length() <= Listing.MAX_TITLE_LENGTH, hit.summary().title());
                String kept = hit.summary().title().substring(0, hit.summary().title().length() - 1);
                assertTrue(hit.summary().title().endsWith("…") && title.startsWith(kept)
                        && title.charAt(kept.length()) == ' ', "cut between words: " + hit.summary().title());
            }
        }
    }

    @Test
    void aRepeatedTermCountsOnce() throws IOException {
        assertEquals(ids(search("security guarantees")), ids(search("security guarantees security guarantees security")));
        assertEquals(ids(search("guarant~1")), ids(search("guarant~1 ".repeat(100))));
    }

    @Test
    void misspeltQueriesGetACorrectionThatFindsMore() throws IOException {
        SearchResult asTyped = search.search(SearchRequest.of("Zelenksyy security guarentees").typedExactly());
        assertEquals("Zelenskyy security guarantees", asTyped.suggestion());
        assertEquals("any", asTyped.match(), "no article has all the words as typed");
        assertNull(search("Zelenskyy security guarantees").suggestion());
        assertNull(search("").suggestion());
    }

    @Test
    void whenHardlyAnyArticleHasTheWordsAsTypedTheResultsAreForTheCorrection() throws IOException {
        SearchResult corrected = search("Zelenksyy security guarentees");
        assertEquals("Zelenskyy security guarantees", corrected.query());
        assertEquals("Zelenksyy security guarentees", corrected.correctedFrom());
        assertNull(corrected.suggestion());
        assertEquals("all", corrected.match());
        assertEquals(ids(search("Zelenskyy security guarantees")), ids(corrected));
        assertNull(search("Zelenskyy security guarantees").correctedFrom());
    }

    @Test
    void coverageSharesAddUpToAllMatches() throws IOException {
        SearchResult result = search("guarantees");
        assertEquals(result.total(), result.coverage().stream().mapToLong(BiasShare::count).sum());
        assertEquals(1.0, result.coverage().stream().mapToDouble(BiasShare::share).sum(), 1e-9);
    }

    @Test
    void articlePageMarksQueryTermsAndEntitiesAndPrefersOtherOutlets() throws IOException {
        ArticlePage page = pages.article("a-guarantees-left", "security guarantees").orElseThrow();
        List<Segment> body = page.body();
        assertEquals(page.article().body(), String.join("", body.stream().map(Segment::text).toList()));
        assertTrue(body.stream().anyMatch(s -> s.match() && s.text().equals("security")));
        assertTrue(body.stream().anyMatch(s -> TestArchive.ZELENSKYY.equals(s.entity()) && s.text().equals("Zelenskyy")));
        List<ArticleSummary> related = page.article().related();
        assertFalse(related.isEmpty());
        assertFalse(related.getFirst().outlet().equals("Left Daily"), "another outlet's coverage first: " + related);
        assertTrue(pages.article("no-such-id", "").isEmpty());
    }

    @Test
    void aFacetNoArticleHasCountsNothingAndAChosenValueStaysListed(@TempDir Path other) throws IOException {
        Map<String, List<String>> nobody = Map.of("person", List.of("Nobody"));
        Path empty = other.resolve("empty");
        TestArchive.write(empty, List.of());
        try (LiveIndex live = new LiveIndex(empty, Duration.ofSeconds(30))) {
            SearchResult result = new ArchiveSearch(live).search(SearchRequest.fromParameters(nobody));
            assertEquals(0, result.total());
            assertEquals(List.of(new FacetValue("Nobody", 0)), result.facets().get(Fields.PERSON));
            assertTrue(result.facets().get(Fields.BIAS).isEmpty());
        }
        Path undatedAndUnnamed = other.resolve("undated");
        TestArchive.write(undatedAndUnnamed,
                List.of(TestArchive.article("rain", "Rain", "Left Daily", Bias.LEFT, null, "More rain.")));
        try (LiveIndex live = new LiveIndex(undatedAndUnnamed, Duration.ofSeconds(30))) {
            ArchiveSearch undated = new ArchiveSearch(live);
            SearchResult all = undated.search(SearchRequest.of(""));
            assertEquals(List.of(new FacetValue("left", 1)), all.facets().get(Fields.BIAS));
            assertTrue(all.facets().get(Fields.YEAR).isEmpty());
            assertEquals(List.of(new FacetValue("Nobody", 0)),
                    undated.search(SearchRequest.fromParameters(nobody)).facets().get(Fields.PERSON));
        }
    }

    @Test
    void aRebuiltIndexIsSeenWithoutRestart(@TempDir Path other) throws Exception {
        Path indexDir = TestArchive.build(other.resolve("index"));
        try (LiveIndex live = new LiveIndex(indexDir, Duration.ofMillis(100))) {
            ArchiveSearch liveSearch = new ArchiveSearch(live);
            assertEquals(TestArchive.articles().size(), liveSearch.documents());
            TestArchive.write(indexDir, TestArchive.articles().subList(0, 2)); // CREATE mode, like index --full
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (liveSearch.documents() != 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(2, liveSearch.documents());
            assertEquals(2, liveSearch.search(SearchRequest.of("")).total());
        }
    }
}
