package broadsheet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

class ExtractorTest {

    /** A real Tika parser for a made-up format, whose parsing never ends. */
    static final class EndlessParser implements Parser {
        static final MediaType TYPE = MediaType.text("plain");

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(TYPE);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ignored) {
                    // a stuck parser does not listen either
                }
            }
        }
    }

    /** A real Tika parser that writes text for ever and pays no heed to being interrupted. */
    static final class EndlessWriter implements Parser {
        final CountDownLatch stopped = new CountDownLatch(1);

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.text("plain"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws SAXException {
            try {
                char[] word = "more ".toCharArray();
                while (true) {
                    Thread.interrupted();
                    handler.characters(word, 0, word.length);
                    LockSupport.parkNanos(1_000_000);
                }
            } finally {
                stopped.countDown();
            }
        }
    }

    @Test
    void aParseThatTimesOutReallyStopsWhenItNextWritesText() throws Exception {
        EndlessWriter endless = new EndlessWriter();
        try (Extractor extractor = new Extractor(new AutoDetectParser(endless), Duration.ofMillis(300))) {
            UnreadableFileException e = assertThrows(UnreadableFileException.class,
                    () -> extractor.extract("just text".getBytes(StandardCharsets.UTF_8), "endless.txt"));
            assertTrue(e.getMessage().startsWith("parsing took longer than"), e.getMessage());
            assertTrue(endless.stopped.await(1, TimeUnit.MINUTES), "the parsing thread is still writing");
        }
    }

    @Test
    void aParserThatHangsIsAbandonedAfterTheTimeout() {
        try (Extractor extractor = new Extractor(new AutoDetectParser(new EndlessParser()), Duration.ofMillis(300))) {
            UnreadableFileException e = assertThrows(UnreadableFileException.class,
                    () -> extractor.extract("just text".getBytes(StandardCharsets.UTF_8), "stuck.txt"));
            assertTrue(e.getMessage().startsWith("parsing took longer than"), e.getMessage());
        }
    }

    @Test
    void newsJsonIsRecognisedByItsKeysNotItsName() throws Exception {
        try (Extractor extractor = new Extractor(Duration.ofSeconds(30))) {
            byte[] json = "\uFEFF  {\"headline\": \"H\", \"maintext\": \"Body text.\", \"date_publish\": \"2020-01-02 10:00:00\"}"
                    .getBytes(StandardCharsets.UTF_8);
            Extracted extracted = extractor.extract(json, "download.dat");
            assertEquals("application/x-news+json", extracted.mediaType());
            assertEquals("Body text.", extracted.text());
            assertEquals("2020-01-02 10:00:00", extracted.metadata().get(NewsMetadata.PUBLISHED));
        }
    }

    @Test
    void jsonThatIsNotAnArticleIsLeftToTika() throws Exception {
        try (Extractor extractor = new Extractor(Duration.ofSeconds(30))) {
            Extracted extracted = extractor.extract("{\"temperature\": 21}".getBytes(StandardCharsets.UTF_8), "x.json");
            assertTrue(!extracted.mediaType().contains("news"), extracted.mediaType());
        }
    }
}
