package broadsheet.index;

import java.io.EOFException;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Whether this Lucene can read the index folder's last commit. One written by an older or a newer Lucene, or a
 * damaged one, it cannot; a full rebuild then replaces it rather than fail on it.
 */
final class LastCommit {

    private LastCommit() {}

    /** Why the last commit cannot be read; empty when it can be, or when there is none. */
    static Optional<Exception> unreadable(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        try {
            SegmentInfos.readLatestCommit(directory);
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            // a codec that is not on the class path (Lucene 9's, say) is an IllegalArgumentException
            if (e instanceof IllegalArgumentException || isUnreadable(e)) {
                return Optional.of(e);
            }
            throw (IOException) e;
        }
    }

    static boolean isUnreadable(Exception e) {
        return e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException
                || e instanceof CorruptIndexException || e instanceof EOFException;
    }

    /**
     * Deletes the files the last commit does not reference, such as the half-written segments of a run that failed
     * on a full disk: the writer gives up on such an error before its rollback gets to them. Lucene's own recovery
     * from a crash does it, as a writer that opens an index deletes what no commit refers to; closed unchanged, it
     * writes nothing. Best effort: what cannot be cleared is added to the run's failure.
     */
    static void sweep(Directory directory, Exception failure) {
        IndexWriterConfig config = new IndexWriterConfig().setCommitOnClose(false);
        try (IndexWriter sweeper = new IndexWriter(directory, config)) {
            sweeper.rollback();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Removes the commit points, so that a writer opened afresh sees no index; it deletes the files they referred
     * to itself, as files no commit references. Only for an index that cannot be read, and so serves no one.
     */
    static void discard(Directory directory) throws IOException {
        for (String name : directory.listAll()) {
            if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
                directory.deleteFile(name);
            }
        }
    }
}
