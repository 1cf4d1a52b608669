package broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.index.SolrCollection;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import broadsheet.schema.SolrDocuments;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A SolrArchive follows its collection as the local archive follows its folder: an alias switched to another
 * collection, or a commit that makes new articles visible, is what searches see within seconds, with no restart; a
 * node that goes away makes searches unavailable (503), quickly, and they come back with it.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrLivenessTest {

    /** How soon a change must be seen: a few of the archive's looks at the collection. */
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final Duration LOOK_EVERY = Duration.ofMillis(250);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void anAliasSwitchedToAnotherCollectionIsSearchedWithinSeconds(SolrTestCluster cluster) throws Exception {
        List<Article> articles = TestArchive.articles();
        SolrCollection alias = new SolrCollection(cluster.nodes(), "switched");
        SolrArchives.create(new SolrCollection(cluster.nodes(), "switched_1"), articles.subList(0, 3));
        SolrArchives.create(new SolrCollection(cluster.nodes(), "switched_2"), articles);
        SolrArchives.alias(alias, "switched_1");
        try (SolrArchive archive = new SolrArchive(alias, KnowledgeBase.empty(), TIMEOUT, LOOK_EVERY)) {
            String before = archive.version();
            assertEquals(3, archive.documents());
            assertEquals(3, archive.search(SearchRequest.of("")).total());

            SolrArchives.alias(alias, "switched_2");
            assertTrue(soon(() -> archive.search(SearchRequest.of("")).total() == articles.size()),
                    "the new collection is searched");
            assertEquals(articles.size(), archive.documents());
            assertNotEquals(before, archive.version());
        }
    }

    @Test
    void aCommitOfNewArticlesIsSeenWithinSeconds(SolrTestCluster cluster) throws Exception {
        SolrCollection collection = new SolrCollection(cluster.nodes(), "committed");
        SolrArchives.create(collection, TestArchive.articles());
        try (SolrArchive archive = new SolrArchive(collection, KnowledgeBase.empty(), TIMEOUT, LOOK_EVERY)) {
            String before = archive.version();
            String after = sameVersionAfter(archive, Duration.ofSeconds(1));
            assertEquals(before, after, "nothing changed, nor does the version");

            add(collection, TestArchive.article("z-new", "Grain corridor reopens", "Centre Wire", Bias.CENTER,
                    "2025-05-02", "Ships carrying grain left Odesa under new security guarantees."));
            assertTrue(soon(() -> !archive.version().equals(before)), "a commit changes the version");
            assertEquals(TestArchive.articles().size() + 1, archive.documents());
            assertEquals("z-new", archive.search(SearchRequest.of("grain corridor")).hits().getFirst().summary().id());
        }
    }

    @Test
    void aNodeDownMakesSearchesUnavailableUntilItIsBack(SolrTestCluster cluster) throws Exception {
        SolrCollection collection = new SolrCollection(cluster.nodes(), "outage");
        SolrArchives.create(collection, TestArchive.articles());
        try (SolrArchive archive = new SolrArchive(collection, KnowledgeBase.empty(), TIMEOUT, LOOK_EVERY)) {
            long expected = archive.search(SearchRequest.of("guarantees")).total();
            cluster.stopNode(1);
            try {
                long started = System.nanoTime();
                SearchUnavailableException down = assertThrows(SearchUnavailableException.class,
                        () -> archive.search(SearchRequest.of("guarantees")));
                assertTrue(System.nanoTime() - started < 2 * TIMEOUT.toNanos(), "no hang");
                assertTrue(down.getMessage().startsWith("the search engine"), down.getMessage());
                assertThrows(SearchUnavailableException.class, () -> archive.article("a-guarantees-left", ""));
            } finally {
                cluster.startNode(1);
            }
            assertTrue(soon(Duration.ofSeconds(60), () -> archive.search(SearchRequest.of("guarantees")).total() == expected),
                    "searches come back with the node");
        }
    }

    private static void add(SolrCollection collection, Article article) throws IOException, SolrServerException {
        try (CloudSolrClient client = collection.client(Duration.ofSeconds(60))) {
            client.add(collection.name(), SolrDocuments.toDocument(article));
            client.commit(collection.name());
        }
    }

    private static String sameVersionAfter(SolrArchive archive, Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        return archive.version();
    }

    static boolean soon(Callable<Boolean> condition) throws InterruptedException {
        return soon(SOON, condition);
    }

    /** Whether the condition holds within {@code within}; a failure to find out counts as not yet. */
    static boolean soon(Duration within, Callable<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return true;
                }
            } catch (Exception notYet) {
                // the cluster is still settling
            }
            Thread.sleep(100);
        }
        return false;
    }
}
