package broadsheet.index;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FSLockFactory;
import org.apache.lucene.store.LockFactory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/** The local Lucene index in a folder, read. */
public final class LocalIndexedArchive implements IndexedArchive {

    private final Path index;
    private final Directory directory;
    /** Opened when first needed: CheckIndex reports a damaged index that a reader would only fail on. */
    private DirectoryReader reader;

    private LocalIndexedArchive(Path index, Directory directory) {
        this.index = index;
        this.directory = directory;
    }

    /** The index in {@code index}; creates nothing, so that a mistyped folder is not left behind. */
    public static LocalIndexedArchive open(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            // FSDirectory would create the folder
            throw missing(index);
        }
        Directory directory = FSDirectory.open(index, lockFactory(index));
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw missing(index);
        }
        return new LocalIndexedArchive(index, directory);
    }

    private static MissingIndexException missing(Path index) {
        return new MissingIndexException("no index at " + index + " (run: broadsheet index)");
    }

    /**
     * CheckIndex takes the write lock, so that no index run changes the index under it. Where this process may not
     * write, it could not take the lock, and it checks without: an archivist may verify an index they cannot write.
     */
    private static LockFactory lockFactory(Path index) {
        return !Files.isWritable(index) ? NoLockFactory.INSTANCE : FSLockFactory.getDefault();
    }

    private DirectoryReader reader() throws IOException {
        if (reader == null) {
            reader = DirectoryReader.open(directory);
        }
        return reader;
    }

    @Override
    public String name() {
        return "the index at " + index;
    }

    /** What Lucene's CheckIndex finds. */
    @Override
    public List<String> damage() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (CheckIndex check = openCheckIndex()) {
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            if (!check.checkIndex().clean) {
                return List.of("Lucene CheckIndex found the index damaged:\n" + log.toString(StandardCharsets.UTF_8));
            }
        }
        return List.of();
    }

    private CheckIndex openCheckIndex() throws IOException {
        try {
            return new CheckIndex(directory);
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException("an index run is writing this index right now; verify it when the run has finished", e);
        }
    }

    @Override
    public Map<String, String> hashesById() throws IOException {
        return IndexedFiles.hashesById(reader());
    }

    @Override
    public CommitData commitData() throws IOException {
        return CommitData.read(directory);
    }

    @Override
    public Optional<Article> byId(String id) throws IOException {
        return ArticleLookup.byId(reader(), id);
    }

    @Override
    public IndexStats stats() throws IOException {
        return IndexStats.of(reader(), FurnitureStats.of(this));
    }

    @Override
    public void forEachArticle(Consumer<Article> action) throws IOException {
        DirectoryReader reader = reader();
        StoredFields stored = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                action.accept(ArticleSchema.fromDocument(stored.document(doc)));
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(reader, directory);
    }
}
