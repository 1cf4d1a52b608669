package broadsheet.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index on disk as searches see it: the latest commit, picked up by a background refresh soon after
 * an {@code index} run (incremental or full) commits, while searches in flight finish on the view they
 * started with.
 */
public final class LiveIndex implements Closeable {

    /** Work done against one consistent view of the index. */
    @FunctionalInterface
    public interface Work<T> {
        T on(ArchiveSearcher searcher) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());

    private final Directory directory;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public LiveIndex(Path index, Duration refreshEvery) throws IOException {
        this.directory = FSDirectory.open(index);
        this.searchers = new SearcherManager(directory, ArchiveSearcher.FACTORY);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = refreshEvery.toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs the work on the current view. At most one search per core runs at a time, the rest wait their
     * turn in order: a search that runs to completion on a core finishes sooner than one sharing the cores
     * with every other request, which is what keeps the slowest answers under load short.
     */
    public <T> T search(Work<T> work) throws IOException {
        running.acquireUninterruptibly();
        ArchiveSearcher searcher = (ArchiveSearcher) searchers.acquire();
        try {
            return work.on(searcher);
        } finally {
            searchers.release(searcher);
            running.release();
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // Keep serving the view we have; the next refresh tries again.
            LOG.log(System.Logger.Level.WARNING, "could not open the newest index commit: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
