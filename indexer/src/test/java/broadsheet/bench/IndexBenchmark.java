package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.enrich.Enrichment;
import broadsheet.index.CorpusIndexer;
import broadsheet.index.IndexLocation;
import broadsheet.index.IndexReport;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.testing.HardLinks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.demo.IndexFiles;
import org.apache.lucene.util.IOUtils;

/**
 * Indexes a corpus folder three ways in one run, so that the ratios hold on a noisy machine:
 * Lucene's demo IndexFiles over the same articles as plain .txt files (title and text; the reference),
 * Broadsheet's indexer with every enrichment stage, and Broadsheet's indexer without enrichment.
 *
 * <p>Usage: {@code bench/run indexer broadsheet.bench.IndexBenchmark CORPUS_DIR [THREADS] [ROUNDS]}
 */
public final class IndexBenchmark {

    static final int WARM_UP_FILES = 3000;

    record Figures(String name, int documents, long bytes, double seconds, long peakHeapBytes) {
        String line() {
            return "%-34s %7d docs %8.1f s %8.0f docs/s %7.1f MB/s  peak heap %5d MB".formatted(name, documents,
                    seconds, documents / seconds, bytes / 1e6 / seconds, peakHeapBytes / (1 << 20));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: IndexBenchmark CORPUS_DIR [THREADS] [ROUNDS]");
            System.exit(2);
        }
        Corpus corpus = new Corpus(Path.of(args[0]));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path work = Files.createTempDirectory("broadsheet-bench");
        try {
            Path plainText = work.resolve("txt");
            long textBytes = writePlainText(corpus, plainText);
            CorpusKnowledge knowledge = CorpusKnowledge.load(corpus);
            List<Enrichment> enrichments = CorpusIndexer.allStages(knowledge);
            System.out.printf("corpus %s, %d threads for Broadsheet, %d enrichment stage(s), %d round(s)%n",
                    corpus.root(), threads, enrichments.size(), rounds);
            // a warm-up of each contestant, so that none pays for the JIT in the measured runs
            demo(plainText, work.resolve("warm-demo"), textBytes, WARM_UP_FILES);
            Corpus warmUp = subset(corpus, work.resolve("warm-corpus"), WARM_UP_FILES);
            broadsheet("warm-up", warmUp, knowledge, enrichments, threads, folder(work, "warm-full"));
            broadsheet("warm-up", warmUp, knowledge, List.of(), threads, folder(work, "warm-bare"));
            for (int round = 1; round <= rounds; round++) {
                System.out.println("round " + round);
                System.out.println(demo(plainText, work.resolve("demo" + round), textBytes, Integer.MAX_VALUE).line());
                System.out.println(broadsheet("Broadsheet, all enrichment", corpus, knowledge, enrichments, threads,
                        folder(work, "full" + round)).line());
                System.out.println(broadsheet("Broadsheet, no enrichment", corpus, knowledge, List.of(), threads,
                        folder(work, "bare" + round)).line());
            }
        } finally {
            IOUtils.rm(work);
        }
    }

    static IndexLocation folder(Path work, String name) {
        return new IndexLocation.Folder(work.resolve(name));
    }

    /** A corpus of the first {@code files} articles (hard links to them) with the same CSV files. */
    static Corpus subset(Corpus corpus, Path root, int files) throws IOException {
        Files.createDirectories(root.resolve(Corpus.ARTICLES));
        for (String csv : List.of(Corpus.SOURCES, Corpus.OUTLETS, Corpus.ENTITIES)) {
            if (Files.exists(corpus.file(csv))) {
                Files.copy(corpus.file(csv), root.resolve(csv));
            }
        }
        for (Path file : corpus.articleFiles().files().stream().limit(files).toList()) {
            HardLinks.linkOrCopy(file, root.resolve(corpus.relativePath(file)));
        }
        return new Corpus(root);
    }

    private static Figures demo(Path docs, Path index, long bytes, int limit) throws Exception {
        Path subset = docs;
        if (limit != Integer.MAX_VALUE) {
            subset = index.resolveSibling(index.getFileName() + "-docs");
            Files.createDirectories(subset);
            try (Stream<Path> files = Files.list(docs)) {
                for (Path file : files.limit(limit).toList()) {
                    Files.copy(file, subset.resolve(file.getFileName()));
                }
            }
        }
        resetPeaks();
        PrintStream console = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream())); // the demo prints a line per file
        long started = System.nanoTime();
        try {
            IndexFiles.main(new String[] {"-index", index.toString(), "-docs", subset.toString()});
        } finally {
            System.setOut(console);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long documents;
        try (Stream<Path> files = Files.list(subset)) {
            documents = files.count();
        }
        return new Figures("Lucene demo IndexFiles (1 thread)", (int) documents, bytes, seconds, peakHeap());
    }

    /** A full rebuild of {@code index} by Broadsheet's indexer with {@code enrichments}. */
    static Figures broadsheet(String name, Corpus corpus, CorpusKnowledge knowledge, List<Enrichment> enrichments,
            int threads, IndexLocation index) throws IOException {
        resetPeaks();
        IndexRequest request = IndexRequest.defaults(corpus.root(), index).withThreads(threads).withFull(true);
        IndexReport report = new CorpusIndexer(knowledge, enrichments, Clock.systemDefaultZone()).run(request, Progress.SILENT);
        double seconds = report.elapsed().toNanos() / 1e9;
        if (!report.skipped().isEmpty()) {
            System.out.println("  (" + report.skipped().size() + " files skipped, e.g. " + report.skipped().get(0) + ")");
        }
        return new Figures(name, report.documents(), report.bytesParsed(), seconds, peakHeap());
    }

    /** Title and text of every news JSON file, one .txt file each named by the article's id, as the demo's input. */
    static long writePlainText(Corpus corpus, Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper();
        long bytes = 0;
        for (Path file : corpus.articleFiles().files()) {
            byte[] content = Files.readAllBytes(file);
            String text;
            try {
                JsonNode node = json.readTree(content);
                text = node.path("title").asText() + "\n\n" + node.path("content_original").asText();
            } catch (IOException notJson) {
                text = new String(content, StandardCharsets.UTF_8);
            }
            byte[] out = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(Corpus.idOf(corpus.relativePath(file)) + ".txt"), out);
            bytes += out.length;
        }
        return bytes;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
