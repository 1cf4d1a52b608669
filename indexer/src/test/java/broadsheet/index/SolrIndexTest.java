package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.enrich.Enrichment;
import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import broadsheet.testing.NewsPages;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import broadsheet.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index runs into a real two-shard collection: only new and changed files are sent, files gone from the corpus
 * leave it, and a full rebuild builds a new collection and switches the alias to it.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrIndexTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static List<String> nodes;
    private static CloudSolrClient solr;

    @TempDir
    Path temp;

    TestCorpus corpus;
    /** A collection name of this test's own. */
    String name;

    @BeforeAll
    static void connect(SolrTestCluster cluster) {
        nodes = cluster.nodes();
        solr = new SolrCollection(nodes, "any").client(Duration.ofSeconds(60));
    }

    @AfterAll
    static void disconnect() throws Exception {
        solr.close();
    }

    @BeforeEach
    void indexThreeArticles() throws Exception {
        name = "incremental_test_" + NEXT.incrementAndGet();
        corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.outlet("Daily", "daily.example", "center");
        corpus.newsJson("a.json", "A", "First article text.", "Daily", "2020-01-01");
        corpus.newsJson("b.json", "B", "Second article text.", "Daily", "2020-01-02");
        corpus.newsJson("c.json", "C", "Third article text.", "Daily", "2020-01-03");
        IndexReport first = run(false);
        assertCounts(first, 3, 0, 0, 0);
        assertEquals(3, first.documents());
    }

    private IndexReport run(boolean full) throws Exception {
        return run(full, List.of());
    }

    private IndexReport run(boolean full, List<Enrichment> enrichments) throws Exception {
        IndexLocation.Cloud cloud = new IndexLocation.Cloud(new SolrCollection(nodes, name), 2, 1);
        return new CorpusIndexer(corpus.knowledge(), enrichments, Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), cloud).withFull(full), Progress.SILENT);
    }

    private static void assertCounts(IndexReport report, int indexed, int updated, int deleted, int unchanged) {
        assertEquals(List.of(indexed, updated, deleted, unchanged),
                List.of(report.indexed(), report.updated(), report.deleted(), report.unchanged()), report.toString());
    }

    private SolrIndexedArchive archive() throws Exception {
        return SolrIndexedArchive.open(new SolrCollection(nodes, name));
    }

    private String aliasTarget() throws Exception {
        return new CollectionAdminRequest.ListAliases().process(solr).getAliases().get(name);
    }

    private List<String> collectionsOfThisTest() throws Exception {
        return CollectionAdminRequest.listCollections(solr).stream().filter(c -> c.startsWith(name + "_")).toList();
    }

    @Test
    void aFirstRunCreatesACollectionBehindTheAliasWithTheRunsRecord() throws Exception {
        assertTrue(new ConfigSetAdminRequest.List().process(solr).getConfigSets()
                .contains(broadsheet.schema.ArticleSchema.SOLR_SCHEMA_NAME), "the configset is uploaded, versioned");
        assertEquals(List.of(aliasTarget()), collectionsOfThisTest());
        assertTrue(aliasTarget().matches(name + "_\\d{17}"), aliasTarget());
        try (SolrIndexedArchive archive = archive()) {
            assertEquals(new CommitData(corpus.knowledge().fingerprint(), List.of()), archive.commitData());
            assertEquals(List.of(), IndexVerifier.verify(archive, corpus.corpus(), corpus.knowledge()));
        }
    }

    @Test
    void aSecondRunWithNothingChangedSendsNothing() throws Exception {
        IndexReport again = run(false);
        assertCounts(again, 0, 0, 0, 3);
        assertEquals(0, again.bytesParsed());
        assertEquals(3, again.documents());
    }

    @Test
    void aChangedFileIsUpdatedAndADeletedOneLeavesTheCollection() throws Exception {
        String before = aliasTarget();
        corpus.newsJson("b.json", "B, revised", "Second article, corrected.", "Daily", "2020-01-02");
        Files.delete(corpus.root().resolve("articles/c.json"));
        IndexReport report = run(false);
        assertCounts(report, 0, 1, 1, 1);
        assertEquals(2, report.documents());
        assertEquals(before, aliasTarget(), "an update writes into the collection readers see");
        try (SolrIndexedArchive archive = archive()) {
            assertEquals("B, revised", archive.byId(Corpus.idOf("articles/b.json")).orElseThrow().title());
            assertTrue(archive.byId(Corpus.idOf("articles/c.json")).isEmpty());
            assertEquals(List.of(), IndexVerifier.verify(archive, corpus.corpus(), corpus.knowledge()));
        }
    }

    @Test
    void aSavedPageKeepsItsArticleAsTheBodyAndItsWholeTextBesideItInSolrToo() throws Exception {
        NewsPages.NewsPage page = NewsPages.page(NewsPages.Layout.DIV_SOUP, 4);
        corpus.text("web/page.html", page.html());
        assertCounts(run(false), 1, 0, 0, 3);
        try (SolrIndexedArchive archive = archive()) {
            Article stored = archive.byId(Corpus.idOf("articles/web/page.html")).orElseThrow();
            assertTrue(stored.body().contains(page.article().get(2)), stored.body());
            assertFalse(stored.body().contains("We use cookies"), stored.body());
            assertTrue(stored.pageText().contains("We use cookies"), stored.pageText());
            assertNull(archive.byId(Corpus.idOf("articles/a.json")).orElseThrow().pageText());
        }
    }

    @Test
    void aChangedOutletRatingReindexesEveryFile() throws Exception {
        corpus.outlet("Daily", "daily.example", "lean-right");
        IndexReport report = run(false);
        assertCounts(report, 0, 3, 0, 0);
        try (SolrIndexedArchive archive = archive()) {
            assertEquals(Bias.LEAN_RIGHT, archive.byId(Corpus.idOf("articles/a.json")).orElseThrow().bias());
            assertEquals(corpus.knowledge().fingerprint(), archive.commitData().fingerprint());
        }
    }

    @Test
    void aFullRebuildBuildsANewCollectionSwitchesTheAliasAndDeletesTheOldOne() throws Exception {
        String before = aliasTarget();
        corpus.newsJson("d.json", "D", "Fourth article text.", "Daily", "2020-01-04");
        IndexReport report = run(true);
        assertCounts(report, 4, 0, 0, 0);
        assertEquals(4, report.documents());
        String after = aliasTarget();
        assertNotEquals(before, after);
        assertEquals(List.of(after), collectionsOfThisTest(), "the old collection is deleted");
        try (SolrIndexedArchive archive = archive()) {
            assertEquals(4, archive.stats().documents());
        }
    }

    /** Every thread sends to both shards at once: SolrJ's own pool of four threads once ran dry at four updates. */
    @Test
    void manyThreadsSendingAtOnceAllGetThrough() throws Exception {
        String paragraph = "Negotiators met again to discuss grain corridors and security guarantees. ".repeat(200);
        for (int i = 0; i < 400; i++) {
            corpus.newsJson("many/" + i + ".json", "Many " + i, paragraph + i, "Daily", "2020-02-01");
        }
        IndexLocation.Cloud cloud = new IndexLocation.Cloud(new SolrCollection(nodes, name), 2, 1);
        IndexReport report = new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), cloud).withThreads(8), Progress.SILENT);
        assertCounts(report, 400, 0, 0, 3);
        assertEquals(403, report.documents());
    }

    @Test
    void anArticleSolrRefusesIsSkippedWithItsPathAndTheRestIsCommitted() throws Exception {
        // a term longer than Lucene takes (32,766 bytes), in a field Solr indexes whole: its refusal is a 400
        Enrichment overLong = article -> article.path().endsWith("b.json")
                ? new Article(article.id(), article.path(), article.title(), article.body(), article.url(),
                        "x".repeat(40_000), article.bias(), article.date(), article.authors(), article.entities(),
                        article.contentHash(), article.pageText())
                : article;
        corpus.newsJson("a.json", "A, revised", "First article, corrected.", "Daily", "2020-01-01");
        corpus.newsJson("b.json", "B, revised", "Second article, corrected.", "Daily", "2020-01-02");
        IndexReport report = run(false, List.of(overLong));
        assertEquals(1, report.skipped().size(), report.skipped().toString());
        FileProblem refused = report.skipped().getFirst();
        assertEquals("articles/b.json", refused.path());
        assertEquals("the index cannot hold this article (a bug in Broadsheet: please report it)", refused.message());
        assertTrue(refused.detail().contains("immense term"), refused.detail());
        assertEquals(2, report.documents(), "the refused file's old version leaves the collection too");
        try (SolrIndexedArchive archive = archive()) {
            assertEquals("A, revised", archive.byId(Corpus.idOf("articles/a.json")).orElseThrow().title());
            assertEquals(List.of(refused), archive.commitData().skipped());
            assertEquals(List.of(), IndexVerifier.verify(archive, corpus.corpus(), corpus.knowledge()),
                    "a reported skip is not an inconsistency");
        }
    }

    @Test
    void leftoverCollectionsOfACrashedRunAreDeletedByTheNext() throws Exception {
        String leftover = name + "_20200101000000000";
        CollectionAdminRequest.createCollection(leftover, SolrTestCluster.CONFIGSET_NAME, 1, 1).process(solr);
        String readersSee = aliasTarget();
        assertCounts(run(false), 0, 0, 0, 3);
        assertEquals(List.of(readersSee), collectionsOfThisTest());
        assertFalse(CollectionAdminRequest.listCollections(solr).contains(leftover));
    }

    /** A collection made with Solr's own tools from the repository's configset (the test cluster has it). */
    @Test
    void anOperatorsPlainCollectionIsUpdatedInPlaceAndNotRebuilt() throws Exception {
        name = "plain_test_" + NEXT.incrementAndGet();
        CollectionAdminRequest.createCollection(name, SolrTestCluster.CONFIGSET_NAME, 2, 1).process(solr);
        assertCounts(run(false), 3, 0, 0, 0);
        assertEquals(null, aliasTarget(), "no alias is made of it");
        Exception refused = assertThrows(CollectionRefusedException.class, () -> run(true));
        assertTrue(refused.getMessage().contains(name + " on the SolrCloud at ") && refused.getMessage()
                .contains("is a collection, not an alias, and an alias cannot take the name of a collection"),
                refused.getMessage());
        assertEquals(List.of(), collectionsOfThisTest(), "the refused rebuild created nothing");
    }
}
