package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import broadsheet.corpus.Corpus;
import broadsheet.testing.KilledIndexRun;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import broadsheet.testing.TestCorpus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill -9 in the middle of a full rebuild on SolrCloud leaves readers with the old collection, whole; the next run
 * completes the work and deletes what the killed one was building.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrCrashSafetyTest {

    private static final String COLLECTION = "crash_test";
    private static final int ADDED = 2500;

    @TempDir
    Path temp;

    @Test
    void killedFullRebuildLeavesReadersTheOldCollectionAndTheNextRunCompletes(SolrTestCluster cluster)
            throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            corpus.newsJson("first/" + i + ".json", "First " + i, "Committed article number " + i + ".", "Daily", "2020-01-01");
        }
        IndexLocation.Cloud cloud = new IndexLocation.Cloud(new SolrCollection(cluster.nodes(), COLLECTION), 2, 1);
        assertEquals(3, run(corpus, cloud, false).documents());
        String paragraph = "Negotiators met again to discuss grain corridors, sanctions and security guarantees. ".repeat(40);
        for (int i = 0; i < ADDED; i++) {
            corpus.newsJson("later/" + i + ".json", "Later " + i, paragraph + i, "Daily", "2020-02-01");
        }
        try (CloudSolrClient solr = cloud.collection().client(Duration.ofSeconds(60))) {
            String readersSee = aliasTarget(solr);

            killIndexRunMidway(corpus, cluster, solr);

            assertEquals(readersSee, aliasTarget(solr));
            assertEquals(3, solr.query(COLLECTION, new ModifiableSolrParams().set("q", "*:*")).getResults().getNumFound());
            assertEquals(1, solr.query(COLLECTION, new ModifiableSolrParams()
                    .set("q", "{!term f=id}" + Corpus.idOf("articles/first/0.json"))).getResults().getNumFound());
            assertEquals(2, collectionsOfThisTest(solr).size(), "the killed run's collection is there");

            IndexReport next = run(corpus, cloud, true);
            assertEquals(3 + ADDED, next.documents());
            assertEquals(List.of(aliasTarget(solr)), collectionsOfThisTest(solr), "the orphan is deleted");
            assertEquals(3 + ADDED, solr.query(COLLECTION, new ModifiableSolrParams().set("q", "*:*").set("rows", 0))
                    .getResults().getNumFound());
        }
    }

    private static IndexReport run(TestCorpus corpus, IndexLocation.Cloud cloud, boolean full) throws Exception {
        return new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), cloud).withFull(full), Progress.SILENT);
    }

    private static String aliasTarget(CloudSolrClient solr) throws Exception {
        return new CollectionAdminRequest.ListAliases().process(solr).getAliases().get(COLLECTION);
    }

    private static List<String> collectionsOfThisTest(CloudSolrClient solr) throws Exception {
        return CollectionAdminRequest.listCollections(solr).stream().filter(c -> c.startsWith(COLLECTION + "_")).toList();
    }

    /** Starts {@code broadsheet index --full} in another JVM and kills it hard once it is sending documents. */
    private static void killIndexRunMidway(TestCorpus corpus, SolrTestCluster cluster, CloudSolrClient solr)
            throws Exception {
        KilledIndexRun.killMidway(List.of("--full", "--threads", "1", "--corpus", corpus.root().toString(),
                "--solr", String.join(",", cluster.nodes()), "--collection", COLLECTION),
                () -> assertEquals(2, collectionsOfThisTest(solr).size(), "the run is building a collection of its own"));
    }
}
