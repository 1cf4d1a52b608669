package broadsheet.extract;

import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The main-text stage of a web page, after Tika has read its whole text: what the page says about its article
 * ({@link PageMetadata}) and the article's main text ({@link MainText}), from one reading of its HTML. Only a file
 * in which Tika parsed a page comes here.
 */
final class WebPageReader {

    private WebPageReader() {}

    /**
     * The page's article, or its whole text when no article is found in it, or when Readability fails on the page:
     * Tika read it, so it is not a bad file, and its whole text is what Broadsheet indexed before.
     */
    static Extracted read(HtmlPage page, String wholeText, Metadata metadata, String mediaType) {
        Document dom = Jsoup.parse(page.html());
        PageMetadata.read(dom, metadata);
        Optional<String> article;
        try {
            article = MainText.of(dom);
        } catch (RuntimeException readabilityFailed) {
            article = Optional.empty();
        }
        return article.filter(text -> !text.equals(wholeText))
                .map(text -> new Extracted(text, metadata, mediaType, wholeText))
                .orElseGet(() -> new Extracted(wholeText, metadata, mediaType));
    }
}
