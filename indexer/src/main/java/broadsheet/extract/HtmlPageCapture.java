package broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's HTML parser, which also keeps the first page it parses in a file ({@link Found}, when the parse asks for
 * it), whether the file is that page or holds it (an .mhtml file). Tika's parse gives the page's whole text; the
 * page kept is what the main-text stage reads afterwards. Files of other formats never come here, and pay nothing.
 *
 * <p>It wraps the parser rather than extends Tika's ParserDecorator: Tika's mail parser, which reads .mhtml, looks
 * for the HTML parser through decorators and would call it directly, past this one.
 */
final class HtmlPageCapture implements Parser {

    private static final long serialVersionUID = 1L;

    /** Where one parse keeps the page it found: set in its {@link ParseContext}. */
    static final class Found {
        private HtmlPage page;

        HtmlPage page() {
            return page;
        }
    }

    private final Parser html;

    HtmlPageCapture(Parser html) {
        this.html = html;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return html.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        Found found = context.get(Found.class);
        if (found == null || found.page != null) {
            html.parse(stream, handler, metadata, context);
            return;
        }
        // the file, or the part of one, is already in memory within --max-file-size: a copy of it costs little
        byte[] bytes = stream.readAllBytes();
        try (TikaInputStream again = TikaInputStream.get(bytes)) {
            html.parse(again, handler, metadata, context);
        }
        found.page = new HtmlPage(bytes, metadata.get(Metadata.CONTENT_ENCODING));
    }
}
