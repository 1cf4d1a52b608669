package broadsheet.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index on disk as searches see it: the latest commit, picked up by a background refresh soon after
 * an {@code index} run (incremental or full) commits, or after the folder is deleted and an index built in
 * it anew ({@link ArchiveSearchers}), while searches in flight finish on the view they started with.
 */
public final class LiveIndex implements Closeable {

    /** Work done against one consistent view of the index. */
    @FunctionalInterface
    public interface Work<T> {
        T on(ArchiveSearcher searcher) throws IOException;
    }

    /**
     * How long one search may run by default: many times what a search of the archive takes, short enough
     * that a costly one cannot hold a core for long. A search past it is stopped and answered as unavailable.
     */
    public static final Duration SEARCH_TIME = Duration.ofSeconds(1);
    /** How long a search waits for its turn before the answer is that the server is busy. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());

    private final Duration searchTime;
    private final Directory directory;
    private final ArchiveSearchers searchers;
    private final ScheduledExecutorService refresher;
    /** What the last refresh failed on, if it failed; only the refresh thread reads and writes it. */
    private String lastProblem;
    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private final Semaphore expanding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    public LiveIndex(Path index, Duration refreshEvery) throws IOException {
        this(index, refreshEvery, SEARCH_TIME);
    }

    /**
     * The index in the folder {@code index}, looked at for a newer commit every {@code refreshEvery}; each
     * search stopped after {@code searchTime}.
     */
    public LiveIndex(Path index, Duration refreshEvery, Duration searchTime) throws IOException {
        this.searchTime = searchTime;
        this.directory = FSDirectory.open(index);
        this.searchers = new ArchiveSearchers(directory);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = refreshEvery.toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs the work on the current view, within the search time ({@link #SEARCH_TIME} by default). At most
     * one search per core runs at a time, the rest wait their turn in order: a search that runs to completion
     * on a core finishes sooner than one sharing the cores with every other request, which is what keeps the
     * slowest answers under load short. A search that would wait longer than {@link #MAX_WAIT} is not run.
     *
     * @throws SearchUnavailableException when the server is too busy or the search ran out of time
     */
    public <T> T search(Work<T> work) throws IOException {
        return run(work, System.nanoTime() + MAX_WAIT.toNanos());
    }

    /**
     * Runs the work for a reader's query, as {@link #search(Work)} does. A query with fuzzy or prefix terms
     * first waits for one of half the cores: it costs many times an ordinary one, and a flood of them
     * would otherwise have every core and keep every other search waiting.
     */
    public <T> T search(RankedQuery query, Work<T> work) throws IOException {
        if (!query.expanding()) {
            return search(work);
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        awaitTurn(expanding, deadline);
        try {
            return run(work, deadline);
        } finally {
            expanding.release();
        }
    }

    /**
     * Which view of the index searches see now: a number that changes whenever a refresh opens another commit (an
     * update, a rebuild, a replaced index). Asked without waiting for a turn, as it costs nothing.
     */
    public String version() throws IOException {
        ArchiveSearcher view = searchers.acquire();
        try {
            IndexReader reader = view.getIndexReader();
            return reader instanceof DirectoryReader directory
                    ? directory.getIndexCommit().getSegmentsFileName() + "@" + directory.getVersion()
                    : Integer.toHexString(System.identityHashCode(reader));
        } finally {
            searchers.release(view);
        }
    }

    private <T> T run(Work<T> work, long waitDeadline) throws IOException {
        awaitTurn(running, waitDeadline);
        try {
            ArchiveSearcher view = searchers.acquire();
            try {
                ArchiveSearcher timed = view.within(searchTime);
                T result = work.on(timed);
                timed.checkComplete();
                return result;
            } finally {
                searchers.release(view);
            }
        } finally {
            running.release();
        }
    }

    private static void awaitTurn(Semaphore turns, long deadline) {
        try {
            if (!turns.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw SearchUnavailableException.busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SearchUnavailableException.busy();
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefresh();
            lastProblem = null;
        } catch (IOException | RuntimeException e) {
            // Keep serving the view we have; the next refresh tries again. A folder being rebuilt has no
            // index for a while: the problem is worth a line when it starts, not every second it lasts.
            if (!e.toString().equals(lastProblem)) {
                LOG.log(System.Logger.Level.WARNING, "could not open the newest index commit: " + e);
            }
            lastProblem = e.toString();
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
