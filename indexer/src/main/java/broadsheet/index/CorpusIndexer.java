package broadsheet.index;

import broadsheet.corpus.ArticleFiles;
import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.corpus.IoReason;
import broadsheet.corpus.PrintedText;
import broadsheet.corpus.SourceRecord;
import broadsheet.enrich.ArticleAssembler;
import broadsheet.enrich.DateResolver;
import broadsheet.enrich.Enrichment;
import broadsheet.entity.EntityLinker;
import broadsheet.extract.Extracted;
import broadsheet.extract.Extractor;
import broadsheet.extract.UnreadableFileException;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.NewsAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Walks the corpus and brings the index up to date with it, the way Lucene's demo IndexFiles does, with
 * parsing and enrichment spread over threads, each taking the files a batch at a time.
 *
 * <p>Nothing is committed until the whole run is done, and the writer never commits on close: a crash,
 * a kill or a fatal error leaves the previous commit as it was, and a failed run leaves no files beside it. A full
 * rebuild opens the index in {@link OpenMode#CREATE}, which keeps the old commit (and readers on it) until the new
 * one is written; an old commit this Lucene cannot read serves no one, and a full rebuild replaces it. One file's
 * failure, Lucene's refusal of its document included, skips that file alone.
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
        try {
            Files.createDirectories(request.index());
        } catch (IOException e) {
            throw new IOException("cannot keep the index at " + request.index() + ": " + IoReason.withoutFile(e), e);
        }
        try {
            try (Directory directory = FSDirectory.open(request.index())) {
                try {
                    return write(directory, request, corpus, listing, progress, started);
                } catch (IndexBusyException | UnreadableIndexException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    LastCommit.sweep(directory, e);
                    throw e;
                }
            }
        } catch (IndexBusyException | UnreadableIndexException e) {
            throw e;
        } catch (IOException e) {
            throw failed(request.index(), e);
        }
    }

    /** Opens the writer, brings the index up to date and commits; rolls back on any failure. */
    private IndexReport write(Directory directory, IndexRequest request, Corpus corpus, ArticleFiles listing,
            Progress progress, long started) throws IOException {
        ArticleAssembler assembler = new ArticleAssembler(knowledge.outlets(), new DateResolver(clock));
        ContentHasher hasher = new ContentHasher(knowledge.fingerprint());
        try (IndexWriter writer = openWriter(directory, request); Extractor extractor = new Extractor(request.timeout())) {
            Map<String, String> known = request.full() ? Map.of() : IndexedFiles.hashesById(directory);
            Run run = new Run(request, corpus, assembler, extractor, writer, known, hasher);
            run.skipped.addAll(listing.skipped());
            try {
                int[] counts = run.processAll(listing.files(), progress);
                int deleted = deleteVanished(writer, known, corpus, listing.files());
                List<FileProblem> skipped = sorted(run.skipped);
                writer.setLiveCommitData(new CommitData(knowledge.fingerprint(), skipped).toUserData().entrySet());
                writer.commit();
                return new IndexReport(counts[Outcome.INDEXED.ordinal()], counts[Outcome.UPDATED.ordinal()],
                        deleted, counts[Outcome.UNCHANGED.ordinal()], skipped, listing.ignored(),
                        sorted(run.warnings), writer.getDocStats().numDocs, run.bytesParsed.get(),
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }
    }

    /** A fatal failure, in a message that says which index it befell and what became of it. */
    private static IOException failed(Path index, IOException e) {
        if (LastCommit.isUnreadable(e)) {
            // a damaged segment, found when the update reads the index
            return cannotRead(index, e);
        }
        return new IOException("writing the index at " + index + " failed: " + IoReason.of(e)
                + "; the index is as its last complete run left it", e);
    }

    private static UnreadableIndexException cannotRead(Path index, Exception e) {
        return new UnreadableIndexException("the index at " + index + " cannot be read by this version of Broadsheet ("
                + e.getMessage().lines().findFirst().orElse("") + "); rebuild it with: broadsheet index --full", e);
    }

    /** Deletes the indexed articles whose files are no longer in the corpus; a full rebuild has none to look for. */
    private static int deleteVanished(IndexWriter writer, Map<String, String> known, Corpus corpus, List<Path> files)
            throws IOException {
        if (known.isEmpty()) {
            return 0;
        }
        Set<String> inCorpus = new HashSet<>();
        files.forEach(file -> inCorpus.add(Corpus.idOf(corpus.relativePath(file))));
        int deleted = 0;
        for (String id : known.keySet()) {
            if (!inCorpus.contains(id)) {
                writer.deleteDocuments(ArticleSchema.idTerm(id));
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * A full rebuild replaces an index this Lucene cannot read (it serves no one); an update needs to read it, and
     * says how to replace it.
     */
    private static IndexWriter openWriter(Directory directory, IndexRequest request) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new NewsAnalyzer())
                .setOpenMode(request.full() ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            Optional<Exception> unreadable = LastCommit.unreadable(directory);
            if (unreadable.isPresent() && !request.full()) {
                throw cannotRead(request.index(), unreadable.get());
            }
            if (unreadable.isPresent()) {
                LastCommit.discard(directory);
            }
        } catch (LockObtainFailedException e) {
            throw busy(request, e);
        }
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw busy(request, e);
        }
    }

    private static IndexBusyException busy(IndexRequest request, LockObtainFailedException e) {
        return new IndexBusyException("another index run is writing " + request.index()
                + " right now; wait for it to finish (its lock is " + request.index().resolve("write.lock") + ")", e);
    }

    private static List<FileProblem> sorted(List<FileProblem> problems) {
        List<FileProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(FileProblem::path));
        return copy;
    }

    /** The state of one run, shared by its worker threads. */
    private final class Run {
        final IndexRequest request;
        final Corpus corpus;
        final ArticleAssembler assembler;
        final Extractor extractor;
        final IndexWriter writer;
        final Map<String, String> known;
        final ContentHasher hasher;
        final List<FileProblem> skipped = Collections.synchronizedList(new ArrayList<>());
        final List<FileProblem> warnings = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong bytesParsed = new AtomicLong();

        Run(IndexRequest request, Corpus corpus, ArticleAssembler assembler, Extractor extractor,
                IndexWriter writer, Map<String, String> known, ContentHasher hasher) {
            this.request = request;
            this.corpus = corpus;
            this.assembler = assembler;
            this.extractor = extractor;
            this.writer = writer;
            this.known = known;
            this.hasher = hasher;
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
                // no worker may touch the writer once the run is being rolled back
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
         * then every article indexed. Run one article at a time, each stage would find its code and data pushed
         * out of the CPU's caches by the other stages. Fails only for the writer's own I/O errors; a bad file is
         * reported, not thrown.
         */
        private List<Outcome> process(List<Path> batch, Progress progress) throws IOException {
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            List<Article> articles = new ArrayList<>(batch.size());
            for (Path file : batch) {
                String path = corpus.relativePath(file);
                String id = Corpus.idOf(path);
                try {
                    Article article = read(file, path, id);
                    if (article == null) {
                        outcomes.add(done(Outcome.UNCHANGED, path, progress));
                    } else {
                        articles.add(article);
                    }
                } catch (UnreadableFileException e) {
                    outcomes.add(done(skip(path, id, e), path, progress));
                }
            }
            for (Enrichment enrichment : enrichments) {
                List<Article> enriched = new ArrayList<>(articles.size());
                for (Article article : articles) {
                    try {
                        enriched.add(enrichment.enrich(article));
                    } catch (RuntimeException e) {
                        outcomes.add(done(skip(article.path(), article.id(), enrichmentFailed(e)), article.path(),
                                progress));
                    }
                }
                articles = enriched;
            }
            for (Article article : articles) {
                outcomes.add(done(index(article), article.path(), progress));
            }
            return outcomes;
        }

        /**
         * Adds or replaces the article's document. Lucene refusing one document leaves the writer as it was, and
         * skips that file alone; an I/O error or a writer that has closed itself ends the run.
         */
        private Outcome index(Article article) throws IOException {
            try {
                Document document = ArticleSchema.toDocument(article);
                if (known.containsKey(article.id())) {
                    writer.updateDocument(ArticleSchema.idTerm(article.id()), document);
                    return Outcome.UPDATED;
                }
                // not in the last commit, so nothing to replace: a delete term per new file would make
                // every flush look up every id again
                writer.addDocument(document);
                return Outcome.INDEXED;
            } catch (IOException e) {
                throw new IOException(IoReason.of(e) + " (while adding " + PrintedText.of(article.path()) + ")", e);
            } catch (RuntimeException e) {
                if (!writer.isOpen()) {
                    throw e;
                }
                return skip(article.path(), article.id(), new UnreadableFileException(
                        "the index cannot hold this article (a bug in Broadsheet: please report it)", e));
            }
        }

        private Outcome skip(String path, String id, UnreadableFileException e) throws IOException {
            skipped.add(new FileProblem(path, e.getMessage(), e.detail()));
            if (known.containsKey(id)) {
                writer.deleteDocuments(ArticleSchema.idTerm(id));
            }
            return Outcome.SKIPPED;
        }

        /** Assembling the article and its enrichment stages fail alike: a bug or a surprise in one article. */
        private static UnreadableFileException enrichmentFailed(RuntimeException e) {
            return new UnreadableFileException("enrichment failed (a bug in Broadsheet: please report it)", e);
        }

        private static Outcome done(Outcome outcome, String path, Progress progress) {
            progress.advance(path);
            return outcome;
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
            } catch (NoSuchFileException e) {
                throw new UnreadableFileException("disappeared while indexing", e);
            } catch (IOException e) {
                throw new UnreadableFileException("cannot be read: " + IoReason.withoutFile(e), e);
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
