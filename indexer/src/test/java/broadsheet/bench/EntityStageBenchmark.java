package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.enrich.Enrichment;
import broadsheet.index.CorpusIndexer;
import broadsheet.index.IndexReport;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.testing.HardLinks;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.util.IOUtils;

/**
 * What the entity stage costs the indexer: index runs with the corpus's enrichment and without any, paired
 * slice by slice. The corpus is cut into slices of a few thousand articles (folders of links to its files and
 * its CSV files), and each slice is indexed with and without the stage back to back, alternating which goes
 * first: a shared machine drifts from minute to minute, and the two runs of a pair are seconds apart. Pass 0 is
 * a warm-up and not counted: the JIT compiles for most of a first run.
 *
 * <p>Prints each pass's throughput with and without, in wall clock and in the process's CPU time per document,
 * then the stage's cost: all measured slices together, and the median of the slices' own costs. Also the CPU time
 * the indexing threads spend inside the stages themselves, which the machine's drift barely moves; the rest of the
 * stage's cost lies around it, the index's work on the entity fields among other things.
 *
 * <p>Usage: {@code bench/run indexer broadsheet.bench.EntityStageBenchmark CORPUS_DIR [THREADS] [PASSES] [SLICE]};
 * PASSES counts the measured passes over the corpus (default 3), SLICE the articles in a slice (default 5,000).
 */
public final class EntityStageBenchmark {

    private record Figures(double seconds, double cpuSeconds, double stageCpuSeconds, int documents) {

        static final Figures NONE = new Figures(0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(seconds + other.seconds, cpuSeconds + other.cpuSeconds,
                    stageCpuSeconds + other.stageCpuSeconds, documents + other.documents);
        }
    }

    /** The enrichment stages, with the CPU time of the threads that run them counted. */
    private record TimedStages(List<Enrichment> stages, LongAdder cpuNanos) {

        static TimedStages of(List<Enrichment> enrichments) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            LongAdder cpuNanos = new LongAdder();
            List<Enrichment> stages = enrichments.stream().<Enrichment>map(stage -> article -> {
                long start = threads.getCurrentThreadCpuTime();
                try {
                    return stage.enrich(article);
                } finally {
                    cpuNanos.add(threads.getCurrentThreadCpuTime() - start);
                }
            }).toList();
            return new TimedStages(stages, cpuNanos);
        }
    }

    private record Pair(Figures with, Figures without) {

        double wallCost() {
            return 1 - without.seconds() / with.seconds();
        }

        double cpuCost() {
            return 1 - without.cpuSeconds() / with.cpuSeconds();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EntityStageBenchmark CORPUS_DIR [THREADS] [PASSES] [SLICE]");
            System.exit(2);
        }
        Corpus corpus = new Corpus(Path.of(args[0]));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int sliceSize = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        CorpusKnowledge knowledge = CorpusKnowledge.load(corpus);
        TimedStages enrichments = TimedStages.of(CorpusIndexer.allStages(knowledge));
        TimedStages none = TimedStages.of(List.of());
        Path work = Files.createTempDirectory("broadsheet-entity-bench");
        try {
            List<Corpus> slices = slices(corpus, sliceSize, work);
            System.out.printf("corpus %s, %d threads, %d slices of up to %d articles, %d enrichment stage(s)%n",
                    corpus.root(), threads, slices.size(), sliceSize, enrichments.stages().size());
            List<Pair> measured = new ArrayList<>();
            for (int pass = 0; pass <= passes; pass++) {
                Figures with = Figures.NONE;
                Figures without = Figures.NONE;
                for (int s = 0; s < slices.size(); s++) {
                    Corpus slice = slices.get(s);
                    Figures withSlice;
                    Figures withoutSlice;
                    if ((pass + s) % 2 == 1) {
                        withSlice = run(slice, knowledge, enrichments, threads, work.resolve("index-with"));
                        withoutSlice = run(slice, knowledge, none, threads, work.resolve("index-without"));
                    } else {
                        withoutSlice = run(slice, knowledge, none, threads, work.resolve("index-without"));
                        withSlice = run(slice, knowledge, enrichments, threads, work.resolve("index-with"));
                    }
                    with = with.plus(withSlice);
                    without = without.plus(withoutSlice);
                    if (pass > 0) {
                        measured.add(new Pair(withSlice, withoutSlice));
                    }
                }
                Pair pair = new Pair(with, without);
                System.out.printf("%-8s with entities %5.0f docs/s, CPU %5.3f ms/doc (in the stage %5.3f); without %5.0f "
                        + "docs/s, CPU %5.3f ms/doc; cost %4.1f%% (wall clock), %4.1f%% (CPU)%n",
                        pass == 0 ? "warm-up," : "pass " + pass + ",", throughput(with), cpuPerDoc(with),
                        with.stageCpuSeconds() * 1000 / with.documents(), throughput(without), cpuPerDoc(without),
                        100 * pair.wallCost(), 100 * pair.cpuCost());
            }
            Pair total = measured.stream().reduce(new Pair(Figures.NONE, Figures.NONE),
                    (a, b) -> new Pair(a.with().plus(b.with()), a.without().plus(b.without())));
            double wallMedian = median(measured.stream().map(Pair::wallCost).toList());
            double cpuMedian = median(measured.stream().map(Pair::cpuCost).toList());
            System.out.printf("entity stage costs, %d measured slices together: %.1f%% (wall clock), %.1f%% (CPU time)"
                    + "; median of the slices: %.1f%% (wall clock), %.1f%% (CPU time)%n", measured.size(),
                    100 * total.wallCost(), 100 * total.cpuCost(), 100 * wallMedian, 100 * cpuMedian);
            System.out.printf("inside the stage itself: %.3f ms of CPU per document, %.1f%% of the CPU time with entities%n",
                    total.with().stageCpuSeconds() * 1000 / total.with().documents(),
                    100 * total.with().stageCpuSeconds() / total.with().cpuSeconds());
        } finally {
            IOUtils.rm(work);
        }
    }

    /** The corpus cut into corpora of {@code size} articles: hard links to its files, and to its CSV files. */
    private static List<Corpus> slices(Corpus corpus, int size, Path work) throws IOException {
        List<Path> files = corpus.articleFiles().files();
        List<Corpus> slices = new ArrayList<>();
        for (int from = 0; from < files.size(); from += size) {
            Corpus slice = new Corpus(work.resolve("slice-" + slices.size()));
            for (Path file : files.subList(from, Math.min(from + size, files.size()))) {
                HardLinks.linkOrCopy(file, slice.file(corpus.relativePath(file)));
            }
            for (String csv : List.of(Corpus.SOURCES, Corpus.OUTLETS, Corpus.ENTITIES)) {
                if (Files.exists(corpus.file(csv))) {
                    HardLinks.linkOrCopy(corpus.file(csv), slice.file(csv));
                }
            }
            slices.add(slice);
        }
        return slices;
    }

    private static double throughput(Figures f) {
        return f.documents() / f.seconds();
    }

    private static double cpuPerDoc(Figures f) {
        return f.cpuSeconds() * 1000 / f.documents();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Figures run(Corpus corpus, CorpusKnowledge knowledge, TimedStages enrichments, int threads,
            Path index) throws IOException {
        IOUtils.rm(index);
        System.gc();
        enrichments.cpuNanos().reset();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        IndexRequest request = IndexRequest.defaults(corpus.root(), index).withThreads(threads).withFull(true);
        IndexReport report =
                new CorpusIndexer(knowledge, enrichments.stages(), Clock.systemDefaultZone()).run(request, Progress.SILENT);
        return new Figures(report.elapsed().toNanos() / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                enrichments.cpuNanos().sum() / 1e9, report.documents());
    }
}
