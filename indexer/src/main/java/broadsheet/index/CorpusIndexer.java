package broadsheet.index;

import broadsheet.corpus.ArticleFiles;
import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.corpus.IoReason;
import broadsheet.corpus.SourceRecord;
import broadsheet.enrich.ArticleAssembler;
import broadsheet.enrich.CapturedPage;
import broadsheet.enrich.DateResolver;
import broadsheet.enrich.Enrichment;
import broadsheet.entity.EntityLinker;
import broadsheet.extract.Extracted;
import broadsheet.extract.Extractor;
import broadsheet.extract.UnreadableFileException;
import broadsheet.extract.WebArchive;
import broadsheet.extract.WebArchive.PassedOver;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.schema.Article;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Walks the corpus and brings the index up to date with it, the way Lucene's demo IndexFiles does, with
 * parsing and enrichment spread over threads, each taking the files a batch at a time, and the documents written
 * through an {@link IndexSink}: the local Lucene index or a SolrCloud collection, the same run for both.
 *
 * <p>Nothing is committed until the whole run is done: a crash, a kill or a fatal error leaves readers with the last
 * complete run (see each sink for how). One file's failure, the index's refusal of its document included, skips
 * that file alone.
 */
public final class CorpusIndexer {

    private enum Outcome { INDEXED, UPDATED, UNCHANGED, SKIPPED }

    /**
     * The most files, and bytes of them, a worker takes at a time (see {@link Run#process}); a file bigger than
     * that goes alone. Larger batches keep each stage's code and data in the caches for longer.
     */
    private static final int BATCH_FILES = 64;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;
    /** A small corpus is cut finer, so that the threads finish together. */
    private static final int BATCHES_PER_THREAD = 8;

    private final CorpusKnowledge knowledge;
    private final List<Enrichment> enrichments;
    private final Clock clock;

    /** @param knowledge what the corpus of the runs knows; {@code enrichments} are applied in order */
    public CorpusIndexer(CorpusKnowledge knowledge, List<Enrichment> enrichments, Clock clock) {
        this.knowledge = knowledge;
        this.enrichments = List.copyOf(enrichments);
        this.clock = clock;
    }

    /** Every enrichment stage an index run applies, in order: the entity linker, which knows the outlets' names too. */
    public static List<Enrichment> allStages(CorpusKnowledge knowledge) {
        return List.of(new EntityLinker(knowledge.entities(), knowledge.outlets().names()));
    }

    public IndexReport run(IndexRequest request, Progress progress) throws IOException {
        long started = System.nanoTime();
        Corpus corpus = new Corpus(request.corpus());
        ArticleFiles listing = corpus.articleFiles();
        try (IndexSink sink = openSink(request)) {
            try {
                return write(sink, request, corpus, listing, progress, started);
            } catch (IOException e) {
                sink.abandon(e);
                throw sink.failed(e);
            } catch (RuntimeException e) {
                sink.abandon(e);
                throw e;
            }
        }
    }

    private IndexSink openSink(IndexRequest request) throws IOException {
        return switch (request.index()) {
            case IndexLocation.Folder folder -> LocalSink.open(folder.path(), request.full());
            case IndexLocation.Cloud cloud -> SolrSink.open(cloud, request.full(), clock);
        };
    }

    /** Brings the sink up to date with the corpus and commits. */
    private IndexReport write(IndexSink sink, IndexRequest request, Corpus corpus, ArticleFiles listing,
            Progress progress, long started) throws IOException {
        DateResolver dates = new DateResolver(clock);
        ArticleAssembler assembler = new ArticleAssembler(knowledge.outlets(), dates);
        CapturedPage captured = new CapturedPage(assembler, dates);
        ContentHasher hasher = new ContentHasher(knowledge.fingerprint());
        try (Extractor extractor = new Extractor(request.timeout())) {
            Map<String, String> known = request.full() ? Map.of() : sink.hashesById();
            CommitData last = request.full() ? CommitData.NONE : sink.commitData();
            Run run = new Run(request, corpus, assembler, captured, extractor, sink, known, last, hasher);
            run.skipped.addAll(listing.skipped());
            int[] counts = run.processAll(listing.files(), progress);
            int deleted = deleteVanished(sink, known, corpus, listing.files()) + run.recordsDeleted.get();
            int revised = new FurnitureRevision(sink, enrichments, request.threads()).revise();
            List<FileProblem> skipped = sorted(run.skipped);
            sink.commit(new CommitData(knowledge.fingerprint(), skipped));
            return new IndexReport(counts[Outcome.INDEXED.ordinal()], counts[Outcome.UPDATED.ordinal()],
                    deleted, counts[Outcome.UNCHANGED.ordinal()], revised, skipped, listing.ignored(),
                    sorted(run.warnings), run.passedOver(), sink.documents(), run.bytesParsed.get(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Deletes the indexed articles whose files are no longer in the corpus, the records of web archives that are
     * gone among them; a full rebuild has none to look for.
     */
    private static int deleteVanished(IndexSink sink, Map<String, String> known, Corpus corpus, List<Path> files)
            throws IOException {
        Set<String> inCorpus = new HashSet<>();
        files.forEach(file -> inCorpus.add(Corpus.idOf(corpus.relativePath(file))));
        List<String> vanished = known.keySet().stream().filter(id -> !inCorpus.contains(Corpus.fileIdOf(id))).toList();
        if (!vanished.isEmpty()) {
            sink.delete(vanished);
        }
        return vanished.size();
    }

    /** By path; the records of a web archive in the order of the file (a shorter offset is a smaller one). */
    private static List<FileProblem> sorted(List<FileProblem> problems) {
        List<FileProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing((FileProblem problem) -> Corpus.fileOf(problem.path()))
                .thenComparingInt(problem -> problem.path().length())
                .thenComparing(FileProblem::path));
        return copy;
    }

    /** The state of one run, shared by its worker threads. */
    private final class Run {
        final IndexRequest request;
        final Corpus corpus;
        final ArticleAssembler assembler;
        final Extractor extractor;
        final IndexSink sink;
        final Map<String, String> known;
        /** The ids the index holds for each web archive's records, by the archive's id. */
        final Map<String, List<String>> knownRecords;
        /** The files the last run reported problems in: a web archive among them is read again. */
        final Set<String> reportedBefore = new HashSet<>();
        final ContentHasher hasher;
        final CapturedPage captured;
        final List<FileProblem> skipped = Collections.synchronizedList(new ArrayList<>());
        final List<FileProblem> warnings = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong bytesParsed = new AtomicLong();
        final AtomicInteger recordsDeleted = new AtomicInteger();
        final AtomicIntegerArray passedOver = new AtomicIntegerArray(PassedOver.values().length);

        Run(IndexRequest request, Corpus corpus, ArticleAssembler assembler, CapturedPage captured, Extractor extractor,
                IndexSink sink, Map<String, String> known, CommitData last, ContentHasher hasher) {
            this.request = request;
            this.corpus = corpus;
            this.assembler = assembler;
            this.captured = captured;
            this.extractor = extractor;
            this.sink = sink;
            this.known = known;
            this.knownRecords = IndexedFiles.recordsByFile(known);
            last.skipped().forEach(problem -> reportedBefore.add(Corpus.fileOf(problem.path())));
            this.hasher = hasher;
        }

        Map<PassedOver, Integer> passedOver() {
            Map<PassedOver, Integer> counts = new EnumMap<>(PassedOver.class);
            for (PassedOver why : PassedOver.values()) {
                if (passedOver.get(why.ordinal()) > 0) {
                    counts.put(why, passedOver.get(why.ordinal()));
                }
            }
            return counts;
        }

        int[] processAll(List<Path> files, Progress progress) throws IOException {
            int[] counts = new int[Outcome.values().length];
            ExecutorService workers = Executors.newFixedThreadPool(request.threads());
            progress.start(files.size());
            try {
                List<Future<List<Outcome>>> outcomes = new ArrayList<>();
                forEachBatch(files, batch -> outcomes.add(workers.submit(() -> process(batch, progress))));
                for (Future<List<Outcome>> batch : outcomes) {
                    batch.get().forEach(outcome -> counts[outcome.ordinal()]++);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted; the index is left as it was", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException(e.getCause().toString(), e.getCause());
            } finally {
                // no worker may touch the sink once the run is being rolled back
                workers.shutdownNow();
                workers.close();
                progress.finish();
            }
            return counts;
        }

        /** Hands each batch on as soon as it is cut, so that the workers start at once. */
        private void forEachBatch(List<Path> files, Consumer<List<Path>> action) {
            int most = Math.clamp(files.size() / ((long) request.threads() * BATCHES_PER_THREAD), 1, BATCH_FILES);
            List<Path> batch = new ArrayList<>();
            long bytes = 0;
            for (Path file : files) {
                long size = sizeOf(file);
                if (!batch.isEmpty() && (batch.size() == most || bytes + size > BATCH_BYTES)) {
                    action.accept(batch);
                    batch = new ArrayList<>();
                    bytes = 0;
                }
                batch.add(file);
                bytes += size;
            }
            if (!batch.isEmpty()) {
                action.accept(batch);
            }
        }

        /** A file that cannot be sized is reported when it is read. */
        private static long sizeOf(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }

        /**
         * Indexes a batch of files stage by stage: every file is read and parsed, then every article enriched,
         * then every article written, the batch's documents together (on SolrCloud, one request). Run one article at
         * a time, each stage would find its code and data pushed out of the CPU's caches by the other stages. A web
         * archive goes through the same stages a part of its pages at a time (see {@link #indexArchive}). Fails only
         * when the sink cannot be written; a bad file is reported, not thrown.
         */
        private List<Outcome> process(List<Path> batch, Progress progress) throws IOException {
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            List<Article> articles = new ArrayList<>(batch.size());
            List<String> read = new ArrayList<>(batch.size());
            for (Path file : batch) {
                String path = corpus.relativePath(file);
                if (WebArchive.isWebArchive(path)) {
                    outcomes.addAll(indexArchive(file, path));
                    progress.advance(path);
                    continue;
                }
                read.add(path);
                String id = Corpus.idOf(path);
                try {
                    Article article = read(file, path, id);
                    if (article == null) {
                        outcomes.add(Outcome.UNCHANGED);
                    } else {
                        articles.add(article);
                    }
                } catch (UnreadableFileException e) {
                    outcomes.add(skip(path, id, e));
                }
            }
            outcomes.addAll(enrichAndWrite(articles));
            read.forEach(progress::advance);
            return outcomes;
        }

        /** The enrichment stages, then the sink, for articles read; one outcome for each. */
        private List<Outcome> enrichAndWrite(List<Article> articles) throws IOException {
            List<Outcome> outcomes = new ArrayList<>(articles.size());
            for (Enrichment enrichment : enrichments) {
                List<Article> enriched = new ArrayList<>(articles.size());
                for (Article article : articles) {
                    try {
                        enriched.add(enrichment.enrich(article));
                    } catch (RuntimeException e) {
                        outcomes.add(skip(article.path(), article.id(), enrichmentFailed(e)));
                    }
                }
                articles = enriched;
            }
            Map<String, Exception> refused = sink.write(articles, known::containsKey);
            for (Article article : articles) {
                Exception refusal = refused.get(article.id());
                outcomes.add(refusal != null ? skip(article.path(), article.id(), new UnreadableFileException(
                                "the index cannot hold this article (a bug in Broadsheet: please report it)", refusal))
                        : known.containsKey(article.id()) ? Outcome.UPDATED : Outcome.INDEXED);
            }
            return outcomes;
        }

        /**
         * Indexes the HTML pages of a web archive, {@value #BATCH_FILES} at a time, each one article; counts the
         * records passed over, reports the damaged ones, and deletes the articles of records the archive no longer
         * holds. An archive whose articles all carry its hash is unchanged and not read, unless the last run reported
         * a problem in it: a damaged record is reported at every run, as a damaged file is.
         */
        private List<Outcome> indexArchive(Path file, String path) throws IOException {
            String fileId = Corpus.idOf(path);
            List<String> before = knownRecords.getOrDefault(fileId, List.of());
            FileChannel channel;
            String hash;
            try {
                channel = corpus.open(file);
            } catch (IOException e) {
                return List.of(skipArchive(path, before, cannotRead(e)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            List<Article> pages = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            WebArchive.Reading reading;
            try (channel) {
                // one opening of the file for its hash and, when it changed, its reading
                try {
                    hash = hasher.hashOfArchive(channel);
                    channel.position(0);
                } catch (IOException e) {
                    return List.of(skipArchive(path, before, cannotRead(e)));
                }
                if (!before.isEmpty() && !reportedBefore.contains(path)
                        && before.stream().allMatch(id -> hash.equals(known.get(id)))) {
                    return Collections.nCopies(before.size(), Outcome.UNCHANGED);
                }
                reading = WebArchive.read(channel, request.maxFileBytes(), page -> {
                    String id = Corpus.idOf(path, page.offset());
                    String recordPath = Corpus.recordPath(path, page.offset());
                    seen.add(id);
                    if (hash.equals(known.get(id))) {
                        // read again for its damaged records only
                        outcomes.add(Outcome.UNCHANGED);
                        return;
                    }
                    try {
                        pages.add(articleOf(page, id, recordPath, hash));
                    } catch (UnreadableFileException e) {
                        outcomes.add(skip(recordPath, id, new UnreadableFileException(
                                e.getMessage() + " (the page " + page.url() + ")", e.getCause())));
                    }
                    if (pages.size() == BATCH_FILES) {
                        outcomes.addAll(enrichAndWrite(pages));
                        pages.clear();
                    }
                });
            } catch (UnreadableFileException e) {
                // the file's first record is not one: nothing was read
                return List.of(skipArchive(path, before, e));
            }
            outcomes.addAll(enrichAndWrite(pages));
            reading.passedOver().forEach((why, count) -> passedOver.addAndGet(why.ordinal(), count));
            for (WebArchive.DamagedRecord damaged : reading.damaged()) {
                String id = Corpus.idOf(path, damaged.offset());
                seen.add(id);
                outcomes.add(skip(Corpus.recordPath(path, damaged.offset()), id, damaged.reason()));
            }
            if (seen.isEmpty()) {
                return List.of(skipArchive(path, before, new UnreadableFileException(
                        "a web archive without a single HTML page (records passed over: "
                                + WebArchive.describe(reading.passedOver()) + ")")));
            }
            List<String> gone = before.stream().filter(id -> !seen.contains(id)).toList();
            if (!gone.isEmpty()) {
                sink.delete(gone);
                recordsDeleted.addAndGet(gone.size());
            }
            return outcomes;
        }

        /** A page of a web archive as an article. */
        private Article articleOf(WebArchive.Page page, String id, String recordPath, String hash)
                throws UnreadableFileException {
            Extracted extracted = extractor.extract(page.html(), page.url(), page.contentType());
            bytesParsed.addAndGet(page.html().length);
            try {
                return captured.assemble(id, recordPath, hash, page, extracted,
                        message -> warnings.add(new FileProblem(recordPath, message)));
            } catch (RuntimeException e) {
                throw enrichmentFailed(e);
            }
        }

        /** A web archive none of whose records could be indexed: reported, and its articles leave the index. */
        private Outcome skipArchive(String path, List<String> indexed, UnreadableFileException e) throws IOException {
            skipped.add(new FileProblem(path, e.getMessage(), e.detail()));
            if (!indexed.isEmpty()) {
                sink.delete(indexed);
            }
            return Outcome.SKIPPED;
        }

        private Outcome skip(String path, String id, UnreadableFileException e) throws IOException {
            skipped.add(new FileProblem(path, e.getMessage(), e.detail()));
            if (known.containsKey(id)) {
                sink.delete(List.of(id));
            }
            return Outcome.SKIPPED;
        }

        private static UnreadableFileException cannotRead(IOException e) {
            return e instanceof NoSuchFileException ? new UnreadableFileException("disappeared while indexing", e)
                    : new UnreadableFileException("cannot be read: " + IoReason.withoutFile(e), e);
        }

        /** Assembling the article and its enrichment stages fail alike: a bug or a surprise in one article. */
        private static UnreadableFileException enrichmentFailed(RuntimeException e) {
            return new UnreadableFileException("enrichment failed (a bug in Broadsheet: please report it)", e);
        }

        /** The article in the file, or null when the index already holds this very version of it. */
        private Article read(Path file, String path, String id) throws UnreadableFileException {
            byte[] content;
            try {
                long size = Files.size(file);
                if (size > request.maxFileBytes()) {
                    throw new UnreadableFileException("file is %.1f MB, over the limit of %.1f MB (--max-file-size)"
                            .formatted(size / 1e6, request.maxFileBytes() / 1e6));
                }
                content = corpus.read(file);
            } catch (IOException e) {
                throw cannotRead(e);
            }
            SourceRecord source = knowledge.sources().forPath(path);
            String hash = hasher.hash(content, source);
            if (hash.equals(known.get(id))) {
                return null;
            }
            Extracted extracted = extractor.extract(content, path);
            bytesParsed.addAndGet(content.length);
            try {
                return assembler.assemble(id, path, hash, source, extracted,
                        message -> warnings.add(new FileProblem(path, message)));
            } catch (RuntimeException e) {
                throw enrichmentFailed(e);
            }
        }
    }
}
