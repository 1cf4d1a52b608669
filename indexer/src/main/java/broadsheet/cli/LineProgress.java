package broadsheet.cli;

import broadsheet.index.Progress;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** Progress as a plain line every few seconds, for logs and pipes. */
final class LineProgress implements Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastPrinted = new AtomicLong();
    private long total;
    private long started;

    LineProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void start(long files) {
        total = files;
        started = System.nanoTime();
        lastPrinted.set(started);
        out.printf("indexing %d files%n", files);
    }

    @Override
    public void advance(String path) {
        long n = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastPrinted.get();
        if (now - last >= EVERY_NANOS && lastPrinted.compareAndSet(last, now)) {
            out.printf("indexing: %d/%d files (%d%%), %.0f files/s%n", n, total, 100 * n / Math.max(1, total),
                    n / ((now - started) / 1e9));
        }
    }

    @Override
    public void finish() {
        out.printf("indexing: %d/%d files done%n", done.get(), total);
    }
}
