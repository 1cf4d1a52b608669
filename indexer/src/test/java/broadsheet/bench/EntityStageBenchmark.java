package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.enrich.Enrichment;
import broadsheet.enrich.Enrichments;
import broadsheet.index.CorpusIndexer;
import broadsheet.index.IndexReport;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.util.IOUtils;

/**
 * What the entity stage costs the indexer: full index runs of one corpus with the corpus's enrichment and
 * without any, alternating which goes first from round to round. Round 0 is a warm-up and not counted: the JIT
 * compiles for most of a first run (JFR showed some 40 s of compiler time), and a smaller warm-up leaves much of
 * that to the first measured run. Prints wall-clock throughput and the process's CPU time per document, which
 * a machine shared with other work disturbs less, then the stage's cost in each measured round and their median:
 * single runs move by a few points on a shared machine, so one round decides nothing.
 *
 * <p>Usage: {@code bench/run indexer broadsheet.bench.EntityStageBenchmark CORPUS_DIR [THREADS] [ROUNDS]}; ROUNDS
 * counts the measured rounds, after the warm-up.
 */
public final class EntityStageBenchmark {

    private record Figures(double seconds, double cpuSeconds, int documents) {

        Figures plus(Figures other) {
            return new Figures(seconds + other.seconds, cpuSeconds + other.cpuSeconds, documents + other.documents);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EntityStageBenchmark CORPUS_DIR [THREADS] [ROUNDS]");
            System.exit(2);
        }
        Corpus corpus = new Corpus(Path.of(args[0]));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Enrichment> enrichments = Enrichments.forCorpus(corpus);
        Path work = Files.createTempDirectory("broadsheet-entity-bench");
        try {
            System.out.printf("corpus %s, %d threads, %d enrichment stage(s)%n", corpus.root(), threads,
                    enrichments.size());
            List<Double> wallCosts = new ArrayList<>();
            List<Double> cpuCosts = new ArrayList<>();
            Figures total = new Figures(0, 0, 0);
            Figures totalWithout = new Figures(0, 0, 0);
            for (int round = 0; round <= rounds; round++) {
                boolean enrichedFirst = round % 2 == 1;
                Figures with = null;
                Figures without = null;
                for (boolean enriched : enrichedFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    Figures f = run(corpus, enriched ? enrichments : List.of(), threads,
                            work.resolve("round" + round + (enriched ? "-with" : "-without")));
                    System.out.printf("%-9s %-16s %6d docs %7.1f s %6.0f docs/s   CPU %5.2f ms/doc%n",
                            round == 0 ? "warm-up," : "round " + round + ",",
                            enriched ? "with entities" : "without entities", f.documents(), f.seconds(),
                            f.documents() / f.seconds(), f.cpuSeconds() * 1000 / f.documents());
                    if (enriched) {
                        with = f;
                    } else {
                        without = f;
                    }
                }
                if (round > 0) {
                    wallCosts.add(1 - without.seconds() / with.seconds());
                    cpuCosts.add(1 - without.cpuSeconds() / with.cpuSeconds());
                    total = total.plus(with);
                    totalWithout = totalWithout.plus(without);
                }
            }
            System.out.printf("entity stage costs, per measured round: %s (wall clock), %s (CPU time)%n",
                    percentages(wallCosts), percentages(cpuCosts));
            System.out.printf("median of the rounds: %.1f%% (wall clock), %.1f%% (CPU time); all rounds together: "
                    + "%.1f%% (wall clock), %.1f%% (CPU time)%n", 100 * median(wallCosts), 100 * median(cpuCosts),
                    100 * (1 - totalWithout.seconds() / total.seconds()),
                    100 * (1 - totalWithout.cpuSeconds() / total.cpuSeconds()));
        } finally {
            IOUtils.rm(work);
        }
    }

    private static String percentages(List<Double> costs) {
        return costs.stream().map(c -> "%.1f%%".formatted(100 * c)).collect(Collectors.joining(", "));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Figures run(Corpus corpus, List<Enrichment> enrichments, int threads, Path index)
            throws IOException {
        System.gc();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        IndexRequest request = IndexRequest.defaults(corpus.root(), index).withThreads(threads).withFull(true);
        IndexReport report = new CorpusIndexer(enrichments, Clock.systemDefaultZone()).run(request, Progress.SILENT);
        return new Figures(report.elapsed().toNanos() / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, report.documents());
    }
}
