package broadsheet.extract;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Tika, with content-based detection and every parser on the class path (our news JSON parser among
 * them), bounded in time per file. Turns every way a file can fail into a reason an archivist can read.
 */
public final class Extractor implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Parser parser;
    private final Duration timeout;
    /** Parsing runs on its own threads so that a parser that hangs can be abandoned after the timeout. */
    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-parse");
        thread.setDaemon(true);
        return thread;
    });

    public Extractor(Duration timeout) {
        this(new NewsAwareParser(), timeout);
    }

    /** For a Tika set up otherwise, such as one with an extra parser. */
    public Extractor(Parser parser, Duration timeout) {
        this.parser = parser;
        this.timeout = timeout;
    }

    /** Reads one file's bytes; {@code name} is for Tika's hints and for messages only. */
    public Extracted extract(byte[] content, String name) throws UnreadableFileException {
        if (content.length == 0) {
            throw new UnreadableFileException("empty file (0 bytes)");
        }
        Future<Extracted> job = parsing.submit(() -> parse(content, name));
        try {
            return job.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new UnreadableFileException("parsing took longer than " + timeout.toSeconds() + " s; gave up");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("interrupted", e);
        } catch (ExecutionException e) {
            throw reason(e.getCause());
        }
    }

    private Extracted parse(byte[] content, String name) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        BodyContentHandler text = new BodyContentHandler(-1);
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            parser.parse(stream, text, metadata, new ParseContext());
        }
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        String body = text.toString().strip();
        if (body.isEmpty()) {
            throw new UnreadableFileException("no text could be extracted (detected as "
                    + (mediaType == null ? "unknown type" : mediaType) + ")");
        }
        return new Extracted(body, metadata, mediaType);
    }

    private static UnreadableFileException reason(Throwable failure) {
        if (failure instanceof UnreadableFileException unreadable) {
            return unreadable;
        }
        if (failure instanceof EncryptedDocumentException) {
            return new UnreadableFileException("encrypted or password-protected document", failure);
        }
        if (failure instanceof ZeroByteFileException) {
            return new UnreadableFileException("empty file (0 bytes)", failure);
        }
        if (failure instanceof TikaException || failure instanceof IOException) {
            return new UnreadableFileException("could not be parsed: " + rootMessage(failure), failure);
        }
        return new UnreadableFileException("parser failed: " + rootMessage(failure), failure);
    }

    /** The failure's own first line, and its root cause's where that adds something. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = firstLine(failure);
        String inner = firstLine(root);
        String message = outer.contains(inner) ? outer : outer + ": " + inner;
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.lines().findFirst().orElseThrow();
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
