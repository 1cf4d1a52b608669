package broadsheet.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Recognises news JSON by content: a JSON object whose top-level keys include a title and a text field.
 * Runs before Tika's own detectors (see {@link NewsAwareParser}), whatever the file is called.
 */
public final class NewsJsonDetector implements Detector {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return MediaType.OCTET_STREAM;
        }
        input.mark(SNIFF_BYTES);
        try {
            byte[] head = input.readNBytes(SNIFF_BYTES);
            return looksLikeNews(head) ? NewsJson.MEDIA_TYPE : MediaType.OCTET_STREAM;
        } finally {
            input.reset();
        }
    }

    private static boolean looksLikeNews(byte[] head) {
        boolean byteOrderMark = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                && (head[2] & 0xff) == 0xbf;
        int first = byteOrderMark ? 3 : 0;
        while (first < head.length && Character.isWhitespace(head[first])) {
            first++;
        }
        if (first == head.length || head[first] != '{') {
            return false;
        }
        boolean title = false;
        boolean text = false;
        try (JsonParser parser = JSON.createParser(head, first, head.length - first)) {
            parser.nextToken();
            while (!(title && text) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName().toLowerCase(Locale.ROOT);
                title |= NewsJson.TITLE.contains(key);
                text |= NewsJson.TEXT.contains(key);
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException truncatedOrInvalid) {
            // judge by the keys read so far: a long article may not fit in the sniffed bytes
        }
        return title && text;
    }
}
