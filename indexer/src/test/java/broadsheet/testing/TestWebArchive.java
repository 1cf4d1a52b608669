package broadsheet.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A web archive (WARC) that a test writes record by record with jwarc, as a crawler would: pages, other responses, a
 * redirect, a revisit, a request, and a record whose HTTP response is garbage. {@link #writeTo} says where each
 * record starts, which is what the articles' ids and paths are made of.
 */
public final class TestWebArchive {

    /** When the test crawler fetched everything. */
    public static final Instant FETCHED = Instant.parse("2024-03-05T10:15:30Z");

    private final List<WarcRecord> records = new ArrayList<>();

    /** An HTML page fetched with status 200. */
    public TestWebArchive page(String url, String html) throws IOException {
        return response(url, 200, "OK", MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8));
    }

    /** A simple news page with a title, a paragraph and, unless null, a published time in its meta tags. */
    public TestWebArchive article(String url, String title, String publishedTime, String paragraph) throws IOException {
        String meta = publishedTime == null ? ""
                : "<meta property=\"article:published_time\" content=\"" + publishedTime + "\">";
        return page(url, "<!DOCTYPE html><html><head><title>" + title + "</title>" + meta + "</head><body><h1>" + title
                + "</h1><p>" + paragraph + "</p></body></html>");
    }

    public TestWebArchive response(String url, int status, String reason, MediaType type, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, reason).body(type, body).build();
        records.add(new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build());
        return this;
    }

    public TestWebArchive redirect(String url, String to) throws IOException {
        HttpResponse http = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", to)
                .body(MediaType.HTML, "<a href=\"%s\">moved</a>".formatted(to).getBytes(StandardCharsets.UTF_8))
                .build();
        records.add(new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build());
        return this;
    }

    /** A capture of a page identical to one fetched before: the crawler kept only its headers. */
    public TestWebArchive revisit(String url) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
        records.add(new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .date(FETCHED).body(http).build());
        return this;
    }

    public TestWebArchive request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        records.add(new WarcRequest.Builder(URI.create(url)).date(FETCHED).body(http).build());
        return this;
    }

    /** A response record whose framing is sound but whose HTTP response is not one. */
    public TestWebArchive garbledResponse(String url) throws IOException {
        records.add(new WarcResponse.Builder(URI.create(url)).date(FETCHED)
                .body(MediaType.HTTP_RESPONSE, "\u0001\u0002 not an HTTP response at all".getBytes(StandardCharsets.UTF_8))
                .build());
        return this;
    }

    /** Writes the archive to {@code file}, gzip-compressed record by record or plain; returns each record's offset. */
    public List<Long> writeTo(Path file, boolean gzip) throws IOException {
        Files.createDirectories(file.getParent());
        List<Long> offsets = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
        }
        return offsets;
    }

    /** Overwrites {@code bytes} bytes of a file from {@code at} with zeros, as a bad disk block leaves it. */
    public static void zero(Path file, long at, int bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(bytes), at);
        }
    }

    /** Cuts the last {@code bytes} bytes off a file, as a crawler killed while writing leaves it. */
    public static void truncate(Path file, int bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - bytes);
        }
    }
}
