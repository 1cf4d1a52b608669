package broadsheet.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika, with content-based detection and every parser on the class path (our news JSON parser among
 * them), bounded in time and in text per file. Turns every way a file can fail into a reason an archivist can
 * act on, with the parser's own words kept as the detail.
 */
public final class Extractor implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /**
     * The most text one file may hold, in characters: some two thousand times a long news article. More is a book,
     * a data dump or a compressed document built to expand without end, and would cost its size in memory many
     * times over before it was indexed.
     */
    public static final int MAX_TEXT_CHARS = 10_000_000;

    private final Parser parser;
    private final Duration timeout;
    /** Whether a web page's main text is looked for ({@link WebPageReader}), or the page indexed whole. */
    private final boolean mainText;
    /** Parsing runs on its own threads so that a parser that hangs can be abandoned after the timeout. */
    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-parse");
        thread.setDaemon(true);
        return thread;
    });

    public Extractor(Duration timeout) {
        this(new NewsAwareParser(), timeout, true);
    }

    /** For a Tika set up otherwise, such as one with an extra parser. */
    public Extractor(Parser parser, Duration timeout) {
        this(parser, timeout, true);
    }

    private Extractor(Parser parser, Duration timeout, boolean mainText) {
        this.parser = parser;
        this.timeout = timeout;
        this.mainText = mainText;
    }

    /**
     * An extractor that indexes web pages whole, as Broadsheet did before it looked for their articles: the
     * reference against which the benchmark HtmlIndexingCost measures what the main-text stage costs.
     */
    public static Extractor wholePages(Duration timeout) {
        return new Extractor(new NewsAwareParser(), timeout, false);
    }

    /** Reads one file's bytes; {@code name} is for Tika's hints and for messages only. */
    public Extracted extract(byte[] content, String name) throws UnreadableFileException {
        return extract(content, name, null);
    }

    /**
     * Reads content whose media type was declared outside it, such as a page a web archive kept with its HTTP
     * Content-Type: the declared type is Tika's hint, as a name is (the content still has its say), and a charset it
     * names is the one the content is read in.
     */
    public Extracted extract(byte[] content, String name, String declaredType) throws UnreadableFileException {
        if (content.length == 0) {
            throw new UnreadableFileException("empty file (0 bytes)");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Future<Extracted> job = parsing.submit(() -> parse(content, name, declaredType, deadline));
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw tookTooLong();
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UnreadableFileException unreadable ? unreadable
                    : new UnreadableFileException(readerFailed(null), e.getCause());
        }
    }

    private Extracted parse(byte[] content, String name, String declaredType, long deadline)
            throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        metadata.set(Metadata.CONTENT_TYPE, declaredType);
        BodyContentHandler text = new BodyContentHandler(MAX_TEXT_CHARS);
        HtmlPageCapture.Found page = new HtmlPageCapture.Found();
        ParseContext context = context(declaredType);
        if (mainText) {
            context.set(HtmlPageCapture.Found.class, page);
        }
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            parser.parse(stream, new ParseDeadline(text, deadline), metadata, context);
        } catch (Exception e) {
            throw causedBy(e, ParseDeadline.Stopped.class) ? tookTooLong()
                    : reason(e, metadata.get(Metadata.CONTENT_TYPE));
        }
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        String body = text.toString().strip();
        if (body.isEmpty()) {
            throw new UnreadableFileException("no text could be extracted (detected as "
                    + (mediaType == null ? "unknown type" : mediaType) + ")");
        }
        if (BinaryText.isBinary(body)) {
            throw new UnreadableFileException("binary data, not text: much of it reads as unprintable characters");
        }
        return page.page() == null ? new Extracted(body, metadata, mediaType)
                : WebPageReader.read(page.page(), body, metadata, mediaType);
    }

    /**
     * Word and PowerPoint files are read as a stream of XML events, as spreadsheets already are, rather than
     * into a document tree: a tree is built whole before any text is written, so no bound on the text could stop
     * a document that expands to gigabytes.
     */
    private static ParseContext context(String declaredType) {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        declaredCharset(declaredType).ifPresent(charset -> context.set(EncodingDetector.class, (in, seen) -> charset));
        return context;
    }

    /**
     * The charset the declared type names, which wins over what the content says of itself, as a browser lets an HTTP
     * Content-Type win over a page's meta tag; Tika's detection replaces the declared type before its parsers see it.
     */
    private static Optional<Charset> declaredCharset(String declaredType) {
        MediaType type = declaredType == null ? null : MediaType.parse(declaredType);
        return type == null ? Optional.empty() : HtmlPage.charsetNamed(type.getParameters().get("charset"));
    }

    private UnreadableFileException tookTooLong() {
        return new UnreadableFileException("parsing took longer than " + timeout.toSeconds() + " s; gave up");
    }

    private static UnreadableFileException reason(Exception failure, String mediaType) {
        if (failure instanceof EncryptedDocumentException) {
            return new UnreadableFileException("encrypted or password-protected document", failure);
        }
        if (failure instanceof ZeroByteFileException) {
            return new UnreadableFileException("empty file (0 bytes)", failure);
        }
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return new UnreadableFileException("more text than any article holds (over %,d characters): a book, a data"
                    .formatted(MAX_TEXT_CHARS) + " dump, or a compressed document built to expand without end", failure);
        }
        if (causedBy(failure, SecureContentHandler.class)) {
            // Tika's own guard against documents that expand far beyond their size
            return new UnreadableFileException("a compressed document that expands far beyond its size"
                    + " (a \"zip bomb\"); not read", failure);
        }
        if (failure instanceof TikaException || failure instanceof IOException || failure instanceof SAXException) {
            return new UnreadableFileException(FileFormat.of(mediaType)
                    .map(format -> "damaged, or not really " + format)
                    .orElse("damaged, or in a form Broadsheet cannot read"), failure);
        }
        return new UnreadableFileException(readerFailed(mediaType), failure);
    }

    private static String readerFailed(String mediaType) {
        return "could not be read: the reader" + FileFormat.of(mediaType).map(format -> " for " + format).orElse("")
                + " failed on it (a badly damaged file, or a bug in the reader)";
    }

    /** Whether the failure, or one of its causes, is of the class, or of one nested in it. */
    private static boolean causedBy(Throwable failure, Class<?> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t) || t.getClass().getEnclosingClass() == kind) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
