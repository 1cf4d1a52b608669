package broadsheet.index;

import broadsheet.extract.Extractor;
import java.nio.file.Path;
import java.time.Duration;

/** How to run the indexer; {@link #defaults} gives the documented defaults. */
public record IndexRequest(Path corpus, IndexLocation index, boolean full, int threads, long maxFileBytes,
        Duration timeout) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public IndexRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("the file size limit must be positive");
        }
    }

    /** A run into the local index in the folder {@code index}. */
    public static IndexRequest defaults(Path corpus, Path index) {
        return defaults(corpus, new IndexLocation.Folder(index));
    }

    public static IndexRequest defaults(Path corpus, IndexLocation index) {
        return new IndexRequest(corpus, index, false, Runtime.getRuntime().availableProcessors(),
                DEFAULT_MAX_FILE_BYTES, Extractor.DEFAULT_TIMEOUT);
    }

    public IndexRequest withFull(boolean rebuild) {
        return new IndexRequest(corpus, index, rebuild, threads, maxFileBytes, timeout);
    }

    public IndexRequest withThreads(int n) {
        return new IndexRequest(corpus, index, full, n, maxFileBytes, timeout);
    }

    public IndexRequest withLimits(long bytes, Duration perFile) {
        return new IndexRequest(corpus, index, full, threads, bytes, perFile);
    }
}
