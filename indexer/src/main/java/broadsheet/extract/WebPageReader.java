package broadsheet.extract;

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

    /** The page's article, or its whole text when no article is found in it. */
    static Extracted read(HtmlPage page, String wholeText, Metadata metadata, String mediaType) {
        Document dom = Jsoup.parse(page.html());
        PageMetadata.read(dom, metadata);
        return MainText.of(dom)
                .filter(article -> !article.equals(wholeText))
                .map(article -> new Extracted(article, metadata, mediaType, wholeText))
                .orElseGet(() -> new Extracted(wholeText, metadata, mediaType));
    }
}
