package broadsheet.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika parser for one news article as JSON: the text becomes the document's paragraphs and the other
 * fields become metadata ({@link TikaCoreProperties#TITLE}, {@link TikaCoreProperties#CREATOR} and
 * {@link NewsMetadata}), so the rest of the indexer treats it like any other format.
 */
public final class NewsJsonParser implements Parser {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(NewsJson.MEDIA_TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        JsonNode root;
        try {
            root = JSON.readTree(stream);
        } catch (JsonProcessingException e) {
            throw new TikaException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TikaException("news JSON must be one object");
        }
        metadata.set(Metadata.CONTENT_TYPE, NewsJson.MEDIA_TYPE.toString());
        text(root, NewsJson.TITLE).ifPresent(t -> metadata.set(TikaCoreProperties.TITLE, t));
        text(root, NewsJson.DATE).ifPresent(d -> metadata.set(NewsMetadata.PUBLISHED, d));
        text(root, NewsJson.URL).ifPresent(u -> metadata.set(NewsMetadata.URL, u));
        text(root, NewsJson.OUTLET).ifPresent(o -> metadata.set(NewsMetadata.OUTLET, o));
        for (String author : authors(root)) {
            metadata.add(TikaCoreProperties.CREATOR, author);
        }

        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        for (String paragraph : text(root, NewsJson.TEXT).orElse("").lines().toList()) {
            if (!paragraph.isBlank()) {
                xhtml.element("p", paragraph.strip());
            }
        }
        xhtml.endDocument();
    }

    /** The first of the named fields that holds a non-blank string (or number, for dates). */
    private static Optional<String> text(JsonNode root, List<String> names) {
        for (String name : names) {
            JsonNode value = root.get(name);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }

    private static List<String> authors(JsonNode root) {
        List<String> authors = new ArrayList<>();
        for (String name : NewsJson.AUTHORS) {
            JsonNode value = root.get(name);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(a -> {
                    if (a.isTextual() && !a.asText().isBlank()) {
                        authors.add(a.asText().strip());
                    }
                });
            } else if (value.isTextual()) {
                for (String a : value.asText().split("[,;]| and ")) {
                    if (!a.isBlank()) {
                        authors.add(a.strip());
                    }
                }
            }
            if (!authors.isEmpty()) {
                break;
            }
        }
        return authors;
    }
}
