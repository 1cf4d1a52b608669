package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.search.LiveIndex;
import broadsheet.search.LocalArchive;
import broadsheet.search.SearchRequest;
import broadsheet.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

/**
 * Load benchmark for one costly query sent over and over: {@value #FLOOD_CLIENTS} connections send a query
 * of {@value SearchRequest#MAX_QUERY_LENGTH} characters repeating {@code trump~2} (within every limit of a
 * request; before queries had a cost bound, a few of these kept every core busy), while {@value #NORMAL_CLIENTS} send the ordinary mix of
 * {@link SearchBenchmark}. It runs the ordinary mix alone first, for reference, then under the flood, each
 * for a bounded time, against the real server on 127.0.0.1, and prints for each kind of query the requests,
 * throughput, p50 and p99 and how many got each status (a failed request counts as status 0).
 *
 * <p>Usage: {@code bench/run search-web broadsheet.bench.FloodBenchmark INDEX_DIR [SECONDS [CORPUS_DIR
 * [COSTLY_QUERY]]]}; each phase runs SECONDS (default 30); CORPUS_DIR (default {@code corpus}) gives the
 * entities the search knows, as {@code serve} does; COSTLY_QUERY is what the flood sends in place of the
 * {@code trump~2} query.
 */
public final class FloodBenchmark {

    static final int FLOOD_CLIENTS = 8;
    static final int NORMAL_CLIENTS = 2;
    static final String COSTLY = "trump~2 ".repeat(SearchRequest.MAX_QUERY_LENGTH / "trump~2 ".length()).strip();
    /** No request waits longer than this, so that a phase ends soon after its time is up. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** What one kind of query got in one phase. */
    record Tally(String name, int clients, List<Long> latenciesNanos, Map<Integer, Long> statuses, double seconds) {
        void print() {
            long[] latencies = latenciesNanos.stream().mapToLong(Long::longValue).toArray();
            SearchBenchmark.Run run = new SearchBenchmark.Run(name, clients, latencies.length, 0, seconds, latencies);
            System.out.printf("%-22s %7d %9d %8.1f %9.1f %9.1f   %s%n", name, clients, latencies.length,
                    run.throughput(), latencies.length == 0 ? 0 : run.percentileMillis(50),
                    latencies.length == 0 ? 0 : run.percentileMillis(99), new TreeMap<>(statuses));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FloodBenchmark INDEX_DIR [SECONDS [CORPUS_DIR [COSTLY_QUERY]]]; SECONDS is 30 by default");
            System.exit(2);
        }
        Path indexDir = Path.of(args[0]);
        Duration phase = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 30);
        Corpus corpus = new Corpus(Path.of(args.length > 2 ? args[2] : "corpus"));
        KnowledgeBase knowledgeBase = CorpusKnowledge.load(corpus).entities();
        String costly = args.length > 3 ? args[3] : COSTLY;
        try (LocalArchive archive = new LocalArchive(new LiveIndex(indexDir, Duration.ofMinutes(10)), knowledgeBase);
                WebServer server = WebServer.start(archive, "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/search?";
            System.out.printf("index %s: %d documents; %d cores; each phase %d s; the costly query (%d characters): %s%n",
                    indexDir, archive.documents(), Runtime.getRuntime().availableProcessors(),
                    phase.toSeconds(), costly.length(), costly.length() > 60 ? costly.substring(0, 60) + "..." : costly);
            String costlyParameter = "q=" + URLEncoder.encode(costly, StandardCharsets.UTF_8);
            run(base, Duration.ofSeconds(5), 0, costlyParameter); // warm up the JIT and the page cache, unmeasured
            List<Tally> alone = run(base, phase, 0, costlyParameter);
            List<Tally> flooded = run(base, phase, FLOOD_CLIENTS, costlyParameter);
            System.out.printf("%n%-22s %7s %9s %8s %9s %9s   %s%n", "queries", "clients", "requests", "req/s", "p50 ms",
                    "p99 ms", "statuses");
            alone.getFirst().print();
            flooded.forEach(Tally::print);
        }
    }

    /** The ordinary mix on {@value #NORMAL_CLIENTS} connections and the costly query on {@code floodClients}. */
    static List<Tally> run(String base, Duration phase, int floodClients, String costly) throws Exception {
        long deadline = System.nanoTime() + phase.toNanos();
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            List<Future<Tally>> kinds = new ArrayList<>();
            kinds.add(pool.submit(() -> clients(pool, base, NORMAL_CLIENTS, deadline,
                    floodClients == 0 ? "normal, alone" : "normal, under flood",
                    i -> SearchBenchmark.QUERIES.get((int) (i % SearchBenchmark.QUERIES.size())))));
            if (floodClients > 0) {
                kinds.add(pool.submit(() -> clients(pool, base, floodClients, deadline, "costly", i -> costly)));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> kind : kinds) {
                tallies.add(kind.get());
            }
            return tallies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Tally clients(ExecutorService pool, String base, int clients, long deadline, String name,
            LongFunction<String> queries) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + queries.apply(next.getAndIncrement())))
                            .timeout(REQUEST_TIMEOUT).GET().build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status = 0;
                    } catch (InterruptedException e) {
                        return;
                    }
                    latencies.add(System.nanoTime() - t0);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return new Tally(name, clients, List.copyOf(latencies), counts, seconds);
    }
}
