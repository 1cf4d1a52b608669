package broadsheet.index;

import broadsheet.corpus.IoReason;
import broadsheet.corpus.PrintedText;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.NewsAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import broadsheet.schema.Fields;
import java.util.ArrayList;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The local Lucene index in a folder. Nothing is committed until the run is done, and the writer never commits on
 * close: a crash, a kill or a fatal error leaves the previous commit as it was, and a failed run leaves no files
 * beside it. A full rebuild opens the index in {@link OpenMode#CREATE}, which keeps the old commit (and readers on
 * it) until the new one is written; an old commit this Lucene cannot read serves no one, and a full rebuild replaces
 * it. Lucene's refusal of one document skips that file alone.
 */
final class LocalSink implements IndexSink {

    /** Articles handed on at a time by {@link #forEachFurnished}. */
    private static final int PAGE = 64;

    private final Path index;
    private final Directory directory;
    private final IndexWriter writer;

    private LocalSink(Path index, Directory directory, IndexWriter writer) {
        this.index = index;
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the writer of the index in {@code index}, making the folder if need be; {@code full} starts afresh. */
    static LocalSink open(Path index, boolean full) throws IOException {
        try {
            Files.createDirectories(index);
        } catch (IOException e) {
            throw new IOException("cannot keep the index at " + index + ": " + IoReason.withoutFile(e), e);
        }
        Directory directory;
        try {
            directory = FSDirectory.open(index);
        } catch (IOException e) {
            throw failed(index, e);
        }
        try {
            return new LocalSink(index, directory, openWriter(directory, index, full));
        } catch (IndexBusyException | UnreadableIndexException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        } catch (IOException e) {
            LastCommit.sweep(directory, e);
            IOUtils.closeWhileHandlingException(directory);
            throw failed(index, e);
        } catch (RuntimeException e) {
            LastCommit.sweep(directory, e);
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /**
     * A full rebuild replaces an index this Lucene cannot read (it serves no one); an update needs to read it, and
     * says how to replace it.
     */
    private static IndexWriter openWriter(Directory directory, Path index, boolean full) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new NewsAnalyzer())
                .setOpenMode(full ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            Optional<Exception> unreadable = LastCommit.unreadable(directory);
            if (unreadable.isPresent() && !full) {
                throw cannotRead(index, unreadable.get());
            }
            if (unreadable.isPresent()) {
                LastCommit.discard(directory);
            }
        } catch (LockObtainFailedException e) {
            throw busy(index, e);
        }
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw busy(index, e);
        }
    }

    @Override
    public Map<String, String> hashesById() throws IOException {
        return IndexedFiles.hashesById(directory);
    }

    @Override
    public CommitData commitData() throws IOException {
        return CommitData.read(directory);
    }

    /**
     * Lucene refusing one document leaves the writer as it was; an I/O error or a writer that has closed itself ends
     * the run.
     */
    @Override
    public Map<String, Exception> write(List<Article> articles, Predicate<String> indexed) throws IOException {
        Map<String, Exception> refused = new HashMap<>();
        for (Article article : articles) {
            try {
                Document document = ArticleSchema.toDocument(article);
                if (indexed.test(article.id())) {
                    writer.updateDocument(ArticleSchema.idTerm(article.id()), document);
                } else {
                    // not in the last commit, so nothing to replace: a delete term per new file would make
                    // every flush look up every id again
                    writer.addDocument(document);
                }
            } catch (IOException e) {
                throw new IOException(IoReason.of(e) + " (while adding " + PrintedText.of(article.path()) + ")", e);
            } catch (RuntimeException e) {
                if (!writer.isOpen()) {
                    throw e;
                }
                refused.put(article.id(), e);
            }
        }
        return refused;
    }

    @Override
    public void delete(Collection<String> ids) throws IOException {
        for (String id : ids) {
            writer.deleteDocuments(ArticleSchema.idTerm(id));
        }
    }

    /** Read from the writer's own view: deleted documents, whose terms linger until a merge, are not counted. */
    @Override
    public Map<String, Integer> paragraphCounts(int fewest) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Terms terms = MultiTerms.getTerms(reader, Fields.PARAGRAPHS);
            if (terms == null) {
                return counts;
            }
            Bits live = MultiBits.getLiveDocs(reader);
            TermsEnum keys = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef key = keys.next(); key != null; key = keys.next()) {
                // docFreq counts deleted documents too: an upper bound that rules out nearly every key unread
                if (keys.docFreq() < fewest) {
                    continue;
                }
                postings = keys.postings(postings, PostingsEnum.NONE);
                int articles = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        articles++;
                    }
                }
                if (articles >= fewest) {
                    counts.put(key.utf8ToString(), articles);
                }
            }
        }
        return counts;
    }

    @Override
    public void forEachFurnished(Set<String> keys, Pages action) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query furnished = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(Fields.PARAGRAPHS, keys.stream().map(BytesRef::new).toList()), Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.SET_ASIDE, ArticleSchema.SET_ASIDE_MARK)), Occur.SHOULD)
                    .build();
            Weight weight = searcher.createWeight(searcher.rewrite(furnished), ScoreMode.COMPLETE_NO_SCORES, 1);
            StoredFields stored = reader.storedFields();
            List<Article> page = new ArrayList<>(PAGE);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    page.add(ArticleSchema.fromDocument(stored.document(leaf.docBase + doc)));
                    if (page.size() == PAGE) {
                        action.accept(page);
                        page = new ArrayList<>(PAGE);
                    }
                }
            }
            if (!page.isEmpty()) {
                action.accept(page);
            }
        }
    }

    @Override
    public void commit(CommitData data) throws IOException {
        writer.setLiveCommitData(data.toUserData().entrySet());
        writer.commit();
    }

    @Override
    public int documents() {
        return writer.getDocStats().numDocs;
    }

    /** Rolls the writer back, then clears what the failure left beside the last commit (see {@link LastCommit#sweep}). */
    @Override
    public void abandon(Exception failure) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        LastCommit.sweep(directory, failure);
    }

    @Override
    public IOException failed(IOException failure) {
        return failed(index, failure);
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

    private static IndexBusyException busy(Path index, LockObtainFailedException e) {
        return new IndexBusyException("another index run is writing " + index
                + " right now; wait for it to finish (its lock is " + index.resolve("write.lock") + ")", e);
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(writer, directory);
    }
}
