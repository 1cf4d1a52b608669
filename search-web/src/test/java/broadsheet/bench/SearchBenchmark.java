package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.search.LiveIndex;
import broadsheet.search.LocalArchive;
import broadsheet.search.SearchRequest;
import broadsheet.web.WebServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark: a mixed query set (words, phrases, exclusions, prefixes, misspellings, facet filters,
 * date ranges, date sorts, deeper pages; facets, passages and spelling always on) run against one index
 * in-process through {@link LocalArchive} (the floor: Lucene and nothing else), then over real HTTP on
 * 127.0.0.1 to {@code /api/search}, at 1 and 8 concurrent clients. Prints throughput, p50 and p99, and
 * errors (any non-200 answer or failed request). The search knows the entities of the corpus the index was
 * built from (its entities.csv), as {@code serve} does, so that expanding a name to all its spellings is timed.
 *
 * <p>Usage: {@code bench/run search-web broadsheet.bench.SearchBenchmark INDEX_DIR [REQUESTS_PER_RUN
 * [CORPUS_DIR]]}; CORPUS_DIR is the bundled {@code corpus} by default (run it from the checkout).
 */
public final class SearchBenchmark {

    static final List<String> QUERIES = List.of(
            "q=trump", "q=Zelenskyy+security+guarantees", "q=health+care+reform", "q=%22supreme+court%22",
            "q=immigration+border+wall", "q=climate+change+-hoax", "q=elect*", "q=tax+cuts&sort=newest",
            "q=russia+investigation&bias=left&bias=lean-left", "q=gun+control&bias=right",
            "q=north+korea+nuclear&from=2017&to=2018", "q=economy+jobs&from=2019-06", "q=guarentees+securty",
            "q=obama&page=3", "q=senate+vote&outlet=CNN+%28Web+News%29", "q=coronavirus+vaccine&sort=oldest",
            "q=impeachment+%7C+whistleblower", "q=mueller+report+barr", "q=abortion+roe+wade", "q=syria+troops+withdrawal",
            "q=", "q=&bias=center&from=2016-01&to=2016-12", "q=police+shooting+protest", "q=brexit+may+deal",
            "q=federal+reserve+interest+rates", "q=facebook+privacy", "q=hillary+clinton+emails", "q=china+trade+tariffs",
            "q=kavanaugh+confirmation", "q=iran+deal&size=20", "q=student+loan+debt", "q=minimum+wage",
            "q=opioid+crisis", "q=hurricane+puerto+rico", "q=paris+agreement", "q=net+neutrality",
            "q=government+shutdown", "q=nfl+anthem", "q=school+shooting+florida", "q=wall+street+banks");

    record Run(String name, int clients, long requests, long errors, double seconds, long[] latenciesNanos) {
        double throughput() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    @FunctionalInterface
    interface Call {
        /** Runs one query; false is an error. */
        boolean run(String query) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchBenchmark INDEX_DIR [REQUESTS_PER_RUN [CORPUS_DIR]]; CORPUS_DIR is corpus by default");
            System.exit(2);
        }
        Path indexDir = Path.of(args[0]);
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        Corpus corpus = new Corpus(Path.of(args.length > 2 ? args[2] : "corpus"));
        KnowledgeBase knowledgeBase = CorpusKnowledge.load(corpus).entities();
        try (LocalArchive search = new LocalArchive(new LiveIndex(indexDir, Duration.ofMinutes(10)), knowledgeBase);
                WebServer server = WebServer.start(search, "127.0.0.1", 0)) {
            System.out.printf("index %s: %d documents; %d known entities from %s; %d queries in the mix; "
                            + "%d requests per run; %d cores%n", indexDir, search.documents(),
                    knowledgeBase.entities().size(), corpus.file(Corpus.ENTITIES), QUERIES.size(), requests,
                    Runtime.getRuntime().availableProcessors());
            Call inProcess = query -> search.search(SearchRequest.fromParameters(parameters(query))).total() >= 0;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port() + "/api/search?";
            Call http = query -> {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + query)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return response.statusCode() == 200 && response.body().length > 0;
            };
            // warm up the JIT, the page cache and the connection pool before measuring anything
            measure("warm-up", 4, requests, inProcess);
            measure("warm-up", 8, requests, http);

            List<Run> runs = new ArrayList<>();
            for (int clients : new int[] {1, 8}) {
                runs.add(measure("in-process", clients, requests, inProcess));
                runs.add(measure("HTTP", clients, requests, http));
            }
            print("mode", runs);
            for (int i = 0; i < runs.size(); i += 2) {
                Run floor = runs.get(i);
                Run web = runs.get(i + 1);
                System.out.printf("%d client(s): HTTP p50 / in-process p50 = %.2f%n", floor.clients(),
                        web.percentileMillis(50) / floor.percentileMillis(50));
            }
        }
    }

    /** The runs as a table, each named in the first column, headed {@code first}. */
    static void print(String first, List<Run> runs) {
        System.out.printf("%n%-11s %7s %9s %10s %9s %9s %7s%n", first, "clients", "requests", "req/s", "p50 ms", "p99 ms",
                "errors");
        for (Run run : runs) {
            System.out.printf("%-11s %7d %9d %10.1f %9.2f %9.2f %7d%n", run.name(), run.clients(), run.requests(),
                    run.throughput(), run.percentileMillis(50), run.percentileMillis(99), run.errors());
        }
    }

    static Run measure(String name, int clients, int requests, Call call) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String query = QUERIES.get(i % QUERIES.size());
                    long t0 = System.nanoTime();
                    try {
                        if (!call.run(query)) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Run(name, clients, requests, errors.get(), seconds, latencies);
    }

    /** The query string as the parameter map a servlet would give the search. */
    static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
