package broadsheet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

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
