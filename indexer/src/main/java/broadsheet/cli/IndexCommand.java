package broadsheet.cli;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.corpus.PrintedText;
import broadsheet.extract.WebArchive;
import broadsheet.extract.WebArchive.PassedOver;
import broadsheet.index.CorpusIndexer;
import broadsheet.index.IndexReport;
import broadsheet.index.IndexLocation;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import broadsheet.index.SolrCollection;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.schema.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Bring the index up to date with the corpus: new and changed files are parsed, files gone "
                + "from the corpus leave the index. Files named in corpus/" + Corpus.IGNORE + " (gitignore patterns, "
                + "relative to articles/) are left out.", "Exit 0: every file went in or was ignored; 3: finished, but "
                + "some files were skipped (listed with their reasons); 1: fatal error, the index is left as it was."})
public final class IndexCommand implements Callable<Integer> {

    public static final int SKIPPED_FILES = 3;
    /** More threads than this per core only add contention. */
    private static final int MANY_THREADS_PER_CORE = 4;

    /** The shape of {@code index --json}: the summary line's counts, then what the text lists below it. */
    record Summary(int indexed, int updated, int deleted, int unchanged, int revised, int documents, double seconds,
            List<FileProblem> skipped, List<String> ignored, List<FileProblem> warnings,
            Map<String, Integer> passedOver) {

        static Summary of(IndexReport report) {
            Map<String, Integer> passedOver = new LinkedHashMap<>();
            for (PassedOver why : PassedOver.values()) {
                passedOver.put(why.name().toLowerCase(Locale.ROOT), report.passedOver().getOrDefault(why, 0));
            }
            return new Summary(report.indexed(), report.updated(), report.deleted(), report.unchanged(),
                    report.revised(), report.documents(), report.elapsed().toMillis() / 1000.0, report.skipped(),
                    report.ignored(), report.warnings(), passedOver);
        }
    }

    @Mixin
    CorpusOptions where;

    @Option(names = "--full", description = "Rebuild from scratch; the old index serves until the new one is committed "
            + "(with --solr: a new collection, to which the alias --collection then switches).")
    boolean full;

    @Option(names = "--threads", paramLabel = "N", description = "Parsing threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "50",
            description = "Skip files larger than this (default: ${DEFAULT-VALUE} MB).")
    double maxFileMegabytes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a file whose parsing takes longer (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(names = "--shards", paramLabel = "N", description = "With --solr: the shards of a collection the run creates "
            + "(on an empty cluster, and for --full) (default: ${DEFAULT-VALUE}).")
    int shards = IndexLocation.Cloud.DEFAULT_SHARDS;

    @Option(names = "--replicas", paramLabel = "N", description = "With --solr: the replicas of each shard of a collection "
            + "the run creates (default: ${DEFAULT-VALUE}).")
    int replicas = IndexLocation.Cloud.DEFAULT_REPLICAS;

    @Option(names = "--json", description = "Print the summary as JSON, for scripts.")
    boolean json;

    @Option(names = "--verbose", description = "Also print the technical reason behind each skipped file "
            + "(a parser's own message) and every path the ignore file left out.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        positive("--threads", threads);
        positive("--max-file-size", maxFileMegabytes);
        positive("--timeout", timeoutSeconds);
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads > MANY_THREADS_PER_CORE * cores) {
            spec.commandLine().getErr().printf("broadsheet index: --threads %d is far above this machine's %d cores; "
                    + "indexing gets no faster past about one thread a core.%n", threads, cores);
        }
        positive("--shards", shards);
        positive("--replicas", replicas);
        PrintWriter out = spec.commandLine().getOut();
        IndexRequest request = new IndexRequest(where.corpus, location(), full, threads,
                (long) (maxFileMegabytes * 1024 * 1024), Duration.ofSeconds(timeoutSeconds));
        IndexReport report = run(request, CorpusKnowledge.load(new Corpus(where.corpus)), progress());
        if (json) {
            out.println(Json.indented(Summary.of(report)));
        } else {
            printSummary(report, out, verbose);
        }
        return report.complete() ? 0 : SKIPPED_FILES;
    }

    /** The folder, or the collection on the SolrCloud; --shards and --replicas belong to the latter. */
    private IndexLocation location() {
        Optional<SolrCollection> cloud = where.solrCollection();
        if (cloud.isPresent()) {
            return new IndexLocation.Cloud(cloud.get(), shards, replicas);
        }
        for (String option : List.of("--shards", "--replicas")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        option + " shapes a SolrCloud collection, and needs --solr");
            }
        }
        return new IndexLocation.Folder(where.index);
    }

    /** How a run shows its progress: a bar on a terminal, a line every few seconds on standard error otherwise. */
    public static Progress progress() {
        return Terminal.interactive() ? new BarProgress() : new LineProgress(System.err);
    }

    private void positive(String option, double value) {
        if (!(value > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    option + " must be more than 0 (was " + (value == Math.rint(value) ? Long.toString((long) value)
                            : Double.toString(value)) + ")");
        }
    }

    /** One index run with every enrichment stage, on a corpus that knows {@code knowledge}. */
    public static IndexReport run(IndexRequest request, CorpusKnowledge knowledge, Progress progress)
            throws IOException {
        return new CorpusIndexer(knowledge, CorpusIndexer.allStages(knowledge), Clock.systemDefaultZone()).run(request, progress);
    }

    public static void printSummary(IndexReport report, PrintWriter out) {
        printSummary(report, out, false);
    }

    /** The summary line, then the warnings and the skipped files; {@code verbose} adds details and ignored paths. */
    public static void printSummary(IndexReport report, PrintWriter out, boolean verbose) {
        out.printf("%d new, %d updated, %d deleted, %d unchanged, %d skipped, %d ignored in %.1f s; "
                        + "the index holds %d documents.%n",
                report.indexed(), report.updated(), report.deleted(), report.unchanged(), report.skipped().size(),
                report.ignored().size(), report.elapsed().toMillis() / 1000.0, report.documents());
        if (report.revised() > 0) {
            out.printf("%d articles rewritten because what of them is page furniture changed (see stats).%n",
                    report.revised());
        }
        if (report.passedOver().values().stream().anyMatch(count -> count > 0)) {
            out.printf("Web archive records that are not articles, passed over: %s.%n",
                    WebArchive.describe(report.passedOver()));
        }
        if (!report.warnings().isEmpty()) {
            out.printf("%nWarnings (%d; the articles were indexed):%n", report.warnings().size());
            report.warnings().forEach(w -> print(w, out, verbose));
        }
        if (!report.skipped().isEmpty()) {
            out.printf("%nSkipped files (%d; not in the index):%n", report.skipped().size());
            report.skipped().forEach(s -> print(s, out, verbose));
        }
        if (verbose && !report.ignored().isEmpty()) {
            out.printf("%nIgnored (%d; named in %s):%n", report.ignored().size(), Corpus.IGNORE);
            report.ignored().forEach(path -> out.println("  " + PrintedText.of(path)));
        }
        out.flush();
    }

    private static void print(FileProblem problem, PrintWriter out, boolean verbose) {
        out.println("  " + problem);
        if (verbose && problem.detail() != null) {
            out.println("      " + PrintedText.of(problem.detail()));
        }
    }
}
