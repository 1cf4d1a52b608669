package broadsheet.bench;

import broadsheet.bench.SearchBenchmark.Call;
import broadsheet.bench.SearchBenchmark.Run;
import broadsheet.corpus.Corpus;
import broadsheet.enrich.Enrichment;
import broadsheet.index.CorpusIndexer;
import broadsheet.index.IndexLocation;
import broadsheet.index.SolrCollection;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.search.Archive;
import broadsheet.search.LiveIndex;
import broadsheet.search.LocalArchive;
import broadsheet.search.SearchRequest;
import broadsheet.search.SolrArchive;
import broadsheet.testing.SolrTestCluster;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The two engines side by side, in one run so that the ratios hold on a noisy machine: a corpus indexed into the
 * local Lucene index and into a two-shard collection on a test SolrCloud this program starts (two nodes on this
 * machine, beside Broadsheet), documents/s and bytes per article for both; then {@link SearchBenchmark}'s query mix
 * against each engine through its {@link Archive} (what the web app calls), at 1 and 8 clients, p50 and p99. For
 * Solr it also reads the nodes' own request metrics, to tell how many shard requests a search makes and how much of
 * its time is spent inside Solr.
 *
 * <p>Usage, from the search-web folder (where the test cluster finds its build):
 * {@code ../bench/run search-web broadsheet.bench.EngineBenchmark CORPUS_DIR [REQUESTS_PER_RUN [THREADS]]}
 */
public final class EngineBenchmark {

    private static final String COLLECTION = "benchmark";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EngineBenchmark CORPUS_DIR [REQUESTS_PER_RUN [THREADS]]");
            System.exit(2);
        }
        Corpus corpus = new Corpus(Path.of(args[0]));
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("broadsheet-bench");
        try (SolrTestCluster cluster = SolrTestCluster.start(2, work.resolve("solr-cluster.log"))) {
            CorpusKnowledge knowledge = CorpusKnowledge.load(corpus);
            SolrCollection collection = new SolrCollection(cluster.nodes(), COLLECTION);
            Path indexDir = work.resolve("index");
            IndexLocation local = new IndexLocation.Folder(indexDir);
            IndexLocation solr = new IndexLocation.Cloud(collection, 2, 1);
            System.out.printf("corpus %s, %d threads for Broadsheet, SolrCloud of 2 nodes at %s, %d cores%n",
                    corpus.root(), threads, String.join(", ", cluster.nodes()), Runtime.getRuntime().availableProcessors());
            index(corpus, knowledge, threads, work, local, solr);
            KnowledgeBase entities = knowledge.entities();
            try (Archive onLucene = new LocalArchive(new LiveIndex(indexDir, Duration.ofMinutes(10)), entities);
                    Archive onSolr = new SolrArchive(collection, entities, Duration.ofSeconds(30), Duration.ofSeconds(1))) {
                System.out.printf("index size: local %s; SolrCloud %s%n",
                        perArticle(folderBytes(indexDir), onLucene.documents()),
                        perArticle(collectionBytes(cluster.nodes()), onSolr.documents()));
                search(onLucene, onSolr, cluster.nodes(), requests);
            }
        } finally {
            IOUtils.rm(work);
        }
    }

    private static void index(Corpus corpus, CorpusKnowledge knowledge, int threads, Path work, IndexLocation local,
            IndexLocation solr) throws IOException {
        List<Enrichment> enrichments = CorpusIndexer.allStages(knowledge);
        // a warm-up of each, so that neither pays for the JIT (nor Solr's) in the measured runs
        Corpus warmUp = IndexBenchmark.subset(corpus, work.resolve("warm-corpus"), IndexBenchmark.WARM_UP_FILES);
        IndexBenchmark.broadsheet("warm-up", warmUp, knowledge, enrichments, threads, IndexBenchmark.folder(work, "warm"));
        IndexBenchmark.broadsheet("warm-up", warmUp, knowledge, enrichments, threads, solr);
        System.out.println(IndexBenchmark.broadsheet("local Lucene index", corpus, knowledge, enrichments, threads, local)
                .line());
        System.out.println(IndexBenchmark.broadsheet("SolrCloud, 2 shards", corpus, knowledge, enrichments, threads, solr)
                .line());
    }

    private static void search(Archive onLucene, Archive onSolr, List<String> nodes, int requests) throws Exception {
        Call lucene = query -> onLucene.search(request(query)).total() >= 0;
        Call solr = query -> onSolr.search(request(query)).total() >= 0;
        System.out.printf("%n%d queries in the mix, %d requests per run; %d documents on each engine%n",
                SearchBenchmark.QUERIES.size(), requests, onLucene.documents(), onSolr.documents());
        SearchBenchmark.measure("warm-up", 4, requests, lucene);
        SearchBenchmark.measure("warm-up", 4, requests, solr);
        List<Run> runs = new ArrayList<>();
        for (int clients : new int[] {1, 8}) {
            runs.add(SearchBenchmark.measure("Lucene", clients, requests, lucene));
            SolrRequests before = SolrRequests.of(nodes);
            runs.add(SearchBenchmark.measure("SolrCloud", clients, requests, solr));
            SolrRequests.of(nodes).since(before).print(requests);
        }
        SearchBenchmark.print("engine", runs);
        for (int i = 0; i < runs.size(); i += 2) {
            Run lucenes = runs.get(i);
            Run solrs = runs.get(i + 1);
            System.out.printf("%d client(s): SolrCloud / Lucene: p50 %.1fx, p99 %.1fx, throughput %.2fx%n",
                    lucenes.clients(), solrs.percentileMillis(50) / lucenes.percentileMillis(50),
                    solrs.percentileMillis(99) / lucenes.percentileMillis(99), solrs.throughput() / lucenes.throughput());
        }
    }

    private static SearchRequest request(String query) {
        return SearchRequest.fromParameters(SearchBenchmark.parameters(query));
    }

    /**
     * The select handler's counters summed over the cluster's cores: requests from Broadsheet (each fanned out to the
     * shards by the node that took it), requests a shard answered for such a node, the time of each kind, and the
     * shard requests by purpose (term statistics, top ids, fields, facet refinement...).
     */
    record SolrRequests(long requests, double millis, long shardRequests, double shardMillis, Map<String, Long> purposes) {

        private static final String TOP = "QUERY./select";
        private static final String SHARD = "QUERY./select[shard]";

        static SolrRequests of(List<String> nodes) throws IOException, InterruptedException {
            SolrRequests sum = new SolrRequests(0, 0, 0, 0, Map.of());
            for (String node : nodes) {
                JsonNode metrics = get(node + "/admin/metrics?group=core&prefix=" + TOP + "&wt=json").path("metrics");
                for (JsonNode core : metrics) {
                    Map<String, Long> purposes = new TreeMap<>();
                    core.path(SHARD + ".purposes").fields()
                            .forEachRemaining(purpose -> purposes.put(purpose.getKey(), purpose.getValue().asLong()));
                    sum = sum.plus(new SolrRequests(core.path(TOP + ".requests").asLong(),
                            core.path(TOP + ".totalTime").asDouble() / 1e6, core.path(SHARD + ".requests").asLong(),
                            core.path(SHARD + ".totalTime").asDouble() / 1e6, purposes), 1);
                }
            }
            return sum;
        }

        SolrRequests since(SolrRequests before) {
            return plus(before, -1);
        }

        private SolrRequests plus(SolrRequests other, int sign) {
            Map<String, Long> purposes = new TreeMap<>(this.purposes);
            other.purposes.forEach((purpose, count) -> purposes.merge(purpose, sign * count, Long::sum));
            return new SolrRequests(requests + sign * other.requests, millis + sign * other.millis,
                    shardRequests + sign * other.shardRequests, shardMillis + sign * other.shardMillis, purposes);
        }

        void print(int searches) {
            System.out.printf("  Solr, per search: %.1f requests from Broadsheet, %.2f ms inside Solr each; "
                            + "%.1f shard requests, %.2f ms each%n", (double) requests / searches,
                    millis / Math.max(1, requests), (double) shardRequests / searches,
                    shardMillis / Math.max(1, shardRequests));
            StringBuilder line = new StringBuilder("  shard requests per search by purpose:");
            purposes.forEach((purpose, count) -> {
                if (count > 0) {
                    line.append(String.format(" %s %.2f", purpose, (double) count / searches));
                }
            });
            System.out.println(line);
        }
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** The bytes of the collection's cores on every node (its replicas, but with one replica a shard, its shards). */
    private static long collectionBytes(List<String> nodes) throws IOException, InterruptedException {
        long bytes = 0;
        for (String node : nodes) {
            JsonNode cores = get(node + "/admin/cores?action=STATUS&wt=json").path("status");
            for (JsonNode core : cores) {
                if (core.path("cloud").path("collection").asText().startsWith(COLLECTION)) {
                    bytes += core.path("index").path("sizeInBytes").asLong();
                }
            }
        }
        return bytes;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static String perArticle(long bytes, long documents) {
        return String.format("%.1f MB, %.1f KB an article", bytes / 1e6, bytes / 1e3 / documents);
    }
}
