package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.SourceRecord;
import broadsheet.enrich.ArticleAssembler;
import broadsheet.enrich.DateResolver;
import broadsheet.enrich.Enrichment;
import broadsheet.extract.Extracted;
import broadsheet.extract.Extractor;
import broadsheet.index.CorpusIndexer;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.NewsAnalyzer;
import broadsheet.testing.NewsPages;
import broadsheet.testing.NewsPages.Layout;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What the main-text stage costs a saved web page, in one run: each page of a folder is indexed as {@code index}
 * indexes it (read, Tika, the main-text stage, assembly, the entity linker, the Lucene document written and
 * committed), once with the stage and once with pages indexed whole as before ({@link Extractor#wholePages}), one
 * file at a time, pass after pass, alternating which goes first, after unmeasured warm-up passes of each. Prints the
 * time per page of each pass (wall clock, and the CPU time of the whole process: Tika parses on threads of its own,
 * and the collector's and the compiler's work count too) and the ratios with/without, per pass and their medians.
 *
 * <p>Measured apart: pages that mark their article up (taken as marked) and pages where Readability searches for it.
 *
 * <p>Usage: {@code bench/run indexer broadsheet.bench.HtmlIndexingCost [PAGES] [PASSES] [CORPUS_DIR]}: PAGES pages
 * of {@link NewsPages} of each kind (default 400) written to a temporary folder, PASSES measured passes of each
 * (default 5), the entity knowledge from CORPUS_DIR (default {@code corpus}).
 */
public final class HtmlIndexingCost {

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** The JIT keeps compiling through the first thousands of pages; until it is done no figure holds. */
    private static final int WARM_UP_PASSES = 5;

    /** One pass: seconds of wall clock and of the process's CPU. */
    record Pass(double wall, double cpu) {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CorpusKnowledge knowledge = CorpusKnowledge.load(new Corpus(Path.of(args.length > 2 ? args[2] : "corpus")));
        Path folder = Files.createTempDirectory("broadsheet-html-cost");
        Duration timeout = Duration.ofSeconds(60);
        try (Extractor withStage = new Extractor(timeout); Extractor whole = Extractor.wholePages(timeout)) {
            ArticleAssembler assembler = new ArticleAssembler(knowledge.outlets(), new DateResolver(Clock.systemUTC()));
            List<Enrichment> stages = CorpusIndexer.allStages(knowledge);
            // the two ways the stage finds an article cost very differently: measured apart
            measure("pages that mark their article (<article>)", write(folder, pages, List.of(Layout.SEMANTIC)),
                    passes, withStage, whole, assembler, stages);
            measure("pages Readability searches (the other layouts)", write(folder, pages,
                    List.of(Layout.DIV_SOUP, Layout.PROMPTS_IN_STORY, Layout.BARE)), passes, withStage, whole,
                    assembler, stages);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    /** PAGES pages of the layouts in turn, written to the folder. */
    private static List<Path> write(Path folder, int pages, List<Layout> layouts) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            Layout layout = layouts.get(i % layouts.size());
            Path file = folder.resolve(layout.name().toLowerCase(Locale.ROOT) + "-" + i + ".html");
            Files.writeString(file, NewsPages.page(layout, i).html());
            files.add(file);
        }
        return files;
    }

    private static void measure(String name, List<Path> files, int passes, Extractor withStage, Extractor whole,
            ArticleAssembler assembler, List<Enrichment> stages) throws Exception {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        int pages = files.size();
        System.out.printf("%s: %d pages (%.1f KB each on average), %d passes, one file at a time%n", name, pages,
                bytes / 1024.0 / pages, passes);
        for (int warmUp = 0; warmUp < WARM_UP_PASSES; warmUp++) {
            index(files, whole, assembler, stages);
            index(files, withStage, assembler, stages);
        }
        double[] wallRatios = new double[passes];
        double[] cpuRatios = new double[passes];
        for (int pass = 0; pass < passes; pass++) {
            boolean stageFirst = pass % 2 == 1;
            Pass first = index(files, stageFirst ? withStage : whole, assembler, stages);
            Pass second = index(files, stageFirst ? whole : withStage, assembler, stages);
            Pass before = stageFirst ? second : first;
            Pass after = stageFirst ? first : second;
            wallRatios[pass] = after.wall() / before.wall();
            cpuRatios[pass] = after.cpu() / before.cpu();
            System.out.printf("  pass %d: whole pages %6.3f ms/page (CPU %6.3f), with main text %6.3f ms/page"
                            + " (CPU %6.3f): ratio %.3f (CPU %.3f)%n", pass + 1, before.wall() / pages * 1e3,
                    before.cpu() / pages * 1e3, after.wall() / pages * 1e3, after.cpu() / pages * 1e3,
                    wallRatios[pass], cpuRatios[pass]);
        }
        Arrays.sort(wallRatios);
        Arrays.sort(cpuRatios);
        System.out.printf("  median ratio with/without the main-text stage: %.3f wall clock (%+.1f%% per page),"
                + " %.3f CPU (%+.1f%%)%n", wallRatios[passes / 2], (wallRatios[passes / 2] - 1) * 100,
                cpuRatios[passes / 2], (cpuRatios[passes / 2] - 1) * 100);
    }

    /** Indexes every file into a fresh in-memory index. */
    private static Pass index(List<Path> files, Extractor extractor, ArticleAssembler assembler,
            List<Enrichment> stages) throws Exception {
        long started = System.nanoTime();
        long cpu = PROCESS.getProcessCpuTime();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new NewsAnalyzer()))) {
            for (Path file : files) {
                String path = "articles/" + file.getFileName();
                Extracted extracted = extractor.extract(Files.readAllBytes(file), path);
                Article article = assembler.assemble(Corpus.idOf(path), path, "hash", SourceRecord.UNKNOWN, extracted,
                        warning -> { });
                for (Enrichment stage : stages) {
                    article = stage.enrich(article);
                }
                writer.addDocument(ArticleSchema.toDocument(article));
            }
            writer.commit();
        }
        return new Pass((System.nanoTime() - started) / 1e9, (PROCESS.getProcessCpuTime() - cpu) / 1e9);
    }
}
