package broadsheet.extract;

import java.util.Map;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * Tika's AutoDetectParser with every parser on the class path (our news JSON parser is registered as a
 * service), tuned for an archive of many small files: news JSON is recognised before Tika's magic
 * detection runs, and the media-type-to-parser map over the individual parsers is built once instead of
 * for every file (Tika's DefaultParser rebuilds it on each call, which profiles show as a large share of indexing).
 * Its HTML parser keeps the page it reads ({@link HtmlPageCapture}).
 */
final class NewsAwareParser extends AutoDetectParser {

    private static final long serialVersionUID = 1L;

    private transient volatile Map<MediaType, Parser> parsers;

    NewsAwareParser() {
        super(newsFirst(new NewsJsonDetector(), new DefaultDetector()),
                new DefaultParser().getAllComponentParsers().stream().map(NewsAwareParser::keepingPages)
                        .toArray(Parser[]::new));
    }

    /** Tika's HTML parser keeps the page it reads, for the main-text stage; the other parsers are as they are. */
    private static Parser keepingPages(Parser parser) {
        return parser.getSupportedTypes(new ParseContext()).contains(MediaType.text("html"))
                ? new HtmlPageCapture(parser) : parser;
    }

    private static Detector newsFirst(Detector news, Detector tika) {
        return (input, metadata) -> {
            MediaType type = news.detect(input, metadata);
            return MediaType.OCTET_STREAM.equals(type) ? tika.detect(input, metadata) : type;
        };
    }

    @Override
    public Map<MediaType, Parser> getParsers(ParseContext context) {
        Map<MediaType, Parser> cached = parsers;
        if (cached == null) {
            cached = Map.copyOf(super.getParsers(context));
            parsers = cached;
        }
        return cached;
    }
}
