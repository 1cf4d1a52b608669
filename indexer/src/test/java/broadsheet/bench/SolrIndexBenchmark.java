package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.enrich.Enrichment;
import broadsheet.index.CorpusIndexer;
import broadsheet.index.IndexLocation;
import broadsheet.index.SolrCollection;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.testing.SolrTestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.util.IOUtils;

/**
 * Indexes a corpus folder into the local Lucene index and into a two-shard collection on a test SolrCloud it starts
 * itself (two nodes on this machine, beside the indexer), in one run, so that the ratio holds on a noisy machine:
 * a full rebuild with every enrichment stage into each, documents/s for both. On one machine the cluster's nodes
 * take cores from the indexer's threads.
 *
 * <p>Usage, from the indexer folder (where the test cluster finds its build):
 * {@code ../bench/run indexer broadsheet.bench.SolrIndexBenchmark CORPUS_DIR [THREADS]}
 */
public final class SolrIndexBenchmark {

    private static final String COLLECTION = "benchmark";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SolrIndexBenchmark CORPUS_DIR [THREADS]");
            System.exit(2);
        }
        Corpus corpus = new Corpus(Path.of(args[0]));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("broadsheet-bench");
        try (SolrTestCluster cluster = SolrTestCluster.start(2, work.resolve("solr-cluster.log"))) {
            CorpusKnowledge knowledge = CorpusKnowledge.load(corpus);
            List<Enrichment> enrichments = CorpusIndexer.allStages(knowledge);
            IndexLocation solr = new IndexLocation.Cloud(new SolrCollection(cluster.nodes(), COLLECTION), 2, 1);
            System.out.printf("corpus %s, %d threads for Broadsheet, SolrCloud of 2 nodes at %s%n", corpus.root(),
                    threads, String.join(", ", cluster.nodes()));
            // a warm-up of each, so that neither pays for the JIT (nor Solr's) in the measured runs
            Corpus warmUp = IndexBenchmark.subset(corpus, work.resolve("warm-corpus"), IndexBenchmark.WARM_UP_FILES);
            IndexBenchmark.broadsheet("warm-up", warmUp, knowledge, enrichments, threads,
                    IndexBenchmark.folder(work, "warm-index"));
            IndexBenchmark.broadsheet("warm-up", warmUp, knowledge, enrichments, threads, solr);
            System.out.println(IndexBenchmark.broadsheet("local Lucene index", corpus, knowledge, enrichments,
                    threads, IndexBenchmark.folder(work, "index")).line());
            System.out.println(IndexBenchmark.broadsheet("SolrCloud, 2 shards", corpus, knowledge, enrichments,
                    threads, solr).line());
        } finally {
            IOUtils.rm(work);
        }
    }
}
