package broadsheet.extract;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * A web archive (WARC, plain or gzip-compressed, as crawlers and the Internet Archive write them), read record by
 * record with jwarc: each HTML page a crawler fetched (a response record of HTTP status 2xx) is handed on, and
 * every other record is counted by why it is passed over. A record that cannot be read is reported and the reading
 * goes on with the next one, found by {@link RecordStart} where the damage hides where it starts.
 */
public final class WebArchive {

    /** Why a record is not an article. */
    public enum PassedOver {
        NOT_HTML("not HTML"),
        REDIRECT("redirects"),
        REVISIT("revisits (duplicates)"),
        ERROR_RESPONSE("error responses"),
        NOT_A_RESPONSE("requests and other records");

        private final String label;

        PassedOver(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One fetched page: its record's offset in the file, what was fetched when, and the HTML as it came. */
    public record Page(long offset, String url, String fetched, String contentType, byte[] html) {}

    /** A record that could not be read, at its offset in the file, and why (naming the page where it can). */
    public record DamagedRecord(long offset, UnreadableFileException reason) {}

    /** What a reading found besides the pages. */
    public record Reading(Map<PassedOver, Integer> passedOver, List<DamagedRecord> damaged) {

        public Reading {
            passedOver = Map.copyOf(passedOver);
            damaged = List.copyOf(damaged);
        }
    }

    /** Receives the pages one at a time, so that an archive of many pages is never held whole. */
    @FunctionalInterface
    public interface PageHandler {
        void page(Page page) throws IOException;
    }

    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    private WebArchive() {}

    /** Whether the corpus file at {@code path} is a web archive, by its name: {@code .warc} or {@code .warc.gz}. */
    public static boolean isWebArchive(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /**
     * Reads the archive in {@code channel}, handing each page to {@code pages}. A page over {@code maxPageBytes}
     * is reported as a damaged one is, not read. Where a damaged record leaves no telling where the next one starts,
     * the reading goes on from the next place one seems to (see {@link RecordStart}). Throws what {@code pages}
     * throws, and an UnreadableFileException when the file is not a web archive at all.
     */
    public static Reading read(SeekableByteChannel channel, long maxPageBytes, PageHandler pages)
            throws IOException, UnreadableFileException {
        Map<PassedOver, Integer> passedOver = new EnumMap<>(PassedOver.class);
        List<DamagedRecord> damaged = new ArrayList<>();
        WarcReader reader;
        try {
            reader = new WarcReader(channel);
        } catch (IOException e) {
            throw notAnArchive(e);
        }
        RecordStart starts = new RecordStart(channel, reader.compression() == WarcCompression.GZIP);
        boolean anyRecord = false;
        boolean searching = false;
        while (true) {
            WarcRecord record;
            try {
                var next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                record = next.get();
                anyRecord = true;
                searching = false;
            } catch (IOException | RuntimeException e) {
                if (!anyRecord) {
                    throw notAnArchive(e);
                }
                long at = reader.position();
                OptionalLong resume = starts.after(at);
                // a place that only looked like the start of a record is no record of its own
                if (!searching && (damaged.isEmpty() || damaged.getLast().offset() != at)) {
                    damaged.add(new DamagedRecord(at, new UnreadableFileException("damaged web archive record, cut"
                            + " short or garbled; " + (resume.isPresent() ? "read on from the next record"
                                    : "the file ends in it"), e)));
                }
                if (resume.isEmpty()) {
                    break;
                }
                reader.position(resume.getAsLong());
                searching = true;
                continue;
            }
            Page page;
            try {
                page = pageOf(record, reader.position(), maxPageBytes, passedOver);
            } catch (UnreadableFileException e) {
                damaged.add(new DamagedRecord(reader.position(), e));
                continue;
            }
            if (page != null) {
                pages.page(page);
            }
        }
        return new Reading(passedOver, damaged);
    }

    /** The page the record holds, or null when it holds none (counted in {@code passedOver}). */
    private static Page pageOf(WarcRecord record, long offset, long maxPageBytes, Map<PassedOver, Integer> passedOver)
            throws UnreadableFileException {
        if (record instanceof WarcRevisit) {
            return passOver(PassedOver.REVISIT, passedOver);
        }
        if (!(record instanceof WarcResponse response)) {
            return passOver(PassedOver.NOT_A_RESPONSE, passedOver);
        }
        try {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                // a DNS lookup, a Gemini page: no HTTP response to read
                return passOver(PassedOver.NOT_HTML, passedOver);
            }
            HttpResponse http = response.http();
            int status = http.status();
            if (status >= 300 && status < 400) {
                return passOver(PassedOver.REDIRECT, passedOver);
            }
            if (status < 200 || status >= 300) {
                return passOver(PassedOver.ERROR_RESPONSE, passedOver);
            }
            MediaType type = http.contentType();
            if (!HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                return passOver(PassedOver.NOT_HTML, passedOver);
            }
            // one byte past the limit tells a page over it without reading all of it
            byte[] html = http.bodyDecoded().stream()
                    .readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
            if (html.length > maxPageBytes) {
                throw new UnreadableFileException("the page %s is over the limit of %.1f MB (--max-file-size)"
                        .formatted(response.target(), maxPageBytes / 1e6));
            }
            return new Page(offset, response.target(), response.date().toString(), type.toString(), html);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("damaged web archive record (" + targetOf(record)
                    + "): its HTTP response cannot be read", e);
        }
    }

    /** The counts, as the index run's summary prints them: "not HTML 2, redirects 1"; "none" when all are 0. */
    public static String describe(Map<PassedOver, Integer> passedOver) {
        String counts = Arrays.stream(PassedOver.values())
                .filter(why -> passedOver.getOrDefault(why, 0) > 0)
                .map(why -> why.label() + " " + passedOver.get(why))
                .collect(Collectors.joining(", "));
        return counts.isEmpty() ? "none" : counts;
    }

    private static UnreadableFileException notAnArchive(Exception e) {
        return new UnreadableFileException("damaged, or not really a web archive (WARC)", e);
    }

    private static Page passOver(PassedOver why, Map<PassedOver, Integer> passedOver) {
        passedOver.merge(why, 1, Integer::sum);
        return null;
    }

    private static String targetOf(WarcRecord record) {
        return record.headers().first("WARC-Target-URI").orElse("no target URI");
    }
}
