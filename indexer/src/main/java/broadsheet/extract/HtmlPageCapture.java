package broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's HTML parser, which also keeps the first page it parses in a file ({@link Found}, when the parse asks for
 * it), whether the file is that page or holds it (an .mhtml file). Tika's parse gives the page's whole text; the
 * page kept is what the main-text stage reads afterwards. Files of other formats never come here, and pay nothing.
 */
final class HtmlPageCapture extends ParserDecorator {

    private static final long serialVersionUID = 1L;

    /** Where one parse keeps the page it found: set in its {@link ParseContext}. */
    static final class Found {
        private HtmlPage page;

        HtmlPage page() {
            return page;
        }
    }

    HtmlPageCapture(Parser html) {
        super(html);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        Found found = context.get(Found.class);
        if (found == null || found.page != null) {
            super.parse(stream, handler, metadata, context);
            return;
        }
        // the file, or the part of one, is already in memory within --max-file-size: a copy of it costs little
        byte[] bytes = stream.readAllBytes();
        try (TikaInputStream again = TikaInputStream.get(bytes)) {
            super.parse(again, handler, metadata, context);
        }
        found.page = new HtmlPage(bytes, metadata.get(Metadata.CONTENT_ENCODING));
    }
}
