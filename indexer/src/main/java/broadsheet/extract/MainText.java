package broadsheet.extract;

import broadsheet.schema.Article;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A web page's article, as text in reading order: where the page marks it up as its article, that; elsewhere
 * Readability (the Java port of Mozilla's, Firefox's reader view) finds it. Before either, the few rules below take
 * out the page furniture Readability would keep, and the headline and standfirst left out are put back in front.
 * Empty when what is found is too little to be an article, or a list of links.
 */
final class MainText {

    /**
     * Fewer words than this are not the article but what was left when there was none to find: a short page, a
     * photo's caption, an index page's one teaser. A news brief has some eighty words.
     */
    static final int MIN_WORDS = 50;

    /**
     * Furniture Readability keeps, named by what publishers call it in a class or id: cookie and consent banners,
     * subscription and newsletter prompts, paywall notices, share buttons, "read more" lists, comment threads.
     * Readability's own list knows banners, comments, "related" and "social", but keeps a box whose class also says
     * "content" or "article", as in {@code cookie-content} or {@code article-share}.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_\\s])(cookies?|consent|gdpr|newsletter|subscri(be|ption)|paywall|signup|share|sharing"
                    + "|social|read-?more|more-stories|related|recommended|comments?|promo|advert|ad-slot)($|[-_\\s])");
    /** Where a page's furniture stands by its tag or role, whatever its class. */
    private static final String FURNITURE_ELEMENTS = "nav, aside, dialog, "
            + "[role=navigation], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], "
            + "[aria-modal=true], [hidden]";
    private static final Pattern STANDFIRST = Pattern.compile(
            "(?i)(^|[-_\\s])(standfirst|dek|deck|sub-?head(line)?|subtitle|summary|lede|lead|intro|description)($|[-_\\s])");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    /** What holds no text of the page's: Readability would walk it all the same. */
    private static final String NO_TEXT = "script, style, noscript, template, svg, iframe, link, meta, object, embed";

    private MainText() {}

    /** The article's text, or empty when the page holds too little of one to tell it from the rest. */
    static Optional<String> of(Document page) {
        Element headline = page.selectFirst("article h1, main h1, h1");
        String headlineText = headline == null ? "" : headline.text().strip();
        String standfirst = standfirst(headline);
        removeFurniture(page);
        // a marked article too short to be one (a teaser card in an <article>) leaves the search to Readability
        Element content = markedArticle(page).filter(marked -> Article.countWords(marked.text()) >= MIN_WORDS)
                .orElseGet(() -> readability(page));
        if (content == null) {
            return Optional.empty();
        }
        String text = textOf(content);
        int words = Article.countWords(text);
        if (words < MIN_WORDS || isListOfLinks(content, words)) {
            return Optional.empty();
        }
        return Optional.of(withLead(text, headlineText, standfirst));
    }

    /**
     * The article where the page marks it: schema.org's {@code articleBody}, or the page's one {@code <article>}.
     * A publisher who says where the article is knows better than any guess, and Readability, which guesses, costs
     * several times what parsing the page did. A page with several articles lists stories: Readability decides.
     */
    private static Optional<Element> markedArticle(Document page) {
        List<Element> body = page.select("[itemprop=articleBody]");
        List<Element> articles = body.isEmpty() ? page.select("article") : body;
        return articles.size() == 1 ? Optional.of(articles.getFirst()) : Optional.empty();
    }

    /**
     * Readability's choice of the article, or null when it found none: its steps that clean the page and find the
     * article, without those that dress it for reading (its own metadata, absolute links, classes), which cost a
     * third of its time and change no word of the text.
     */
    private static Element readability(Document page) {
        new Preprocessor(READABILITY_RULES).prepareDocument(page);
        return new ArticleGrabber(new ReadabilityOptions(), READABILITY_RULES)
                .grabArticle(page, new ArticleMetadata(), new ArticleGrabberOptions(), null);
    }

    /** Readability's patterns (unlikely candidates, positive and negative classes), compiled once: they are read-only. */
    private static final RegExUtil READABILITY_RULES = new ReadabilityRules().rules();

    /** Readability hands out its default patterns only to its own processors. */
    private static final class ReadabilityRules extends MetadataParser {
        RegExUtil rules() {
            return getRegEx();
        }
    }

    /**
     * Whether most of what was found is the text of links: the list of stories on a section front or a site's index
     * page, which Readability takes for an article when there is none.
     */
    private static boolean isListOfLinks(Element content, int words) {
        int linked = content.select("a").stream().mapToInt(link -> Article.countWords(link.text())).sum();
        return linked > words / 2;
    }

    /** Takes the furniture out of the page before Readability looks for the article, so that it cannot keep it. */
    private static void removeFurniture(Document page) {
        page.select(NO_TEXT).remove();
        page.select(FURNITURE_ELEMENTS).remove();
        // an article's own footer holds its notes and credits; the page's, its links and small print
        page.select("footer").stream().filter(footer -> footer.closest("article") == null).forEach(Element::remove);
        for (Element element : page.select("body [class], body [id]")) {
            if (element.parent() != null && isFurniture(element)) {
                element.remove();
            }
        }
    }

    private static boolean isFurniture(Element element) {
        return !element.tagName().equals("article") && !element.tagName().equals("main")
                && !element.tagName().equals("body")
                && (FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find());
    }

    /** The paragraph the article's header puts under its headline, if it marks one as such. */
    private static String standfirst(Element headline) {
        if (headline == null) {
            return "";
        }
        for (Element next = headline.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (STANDFIRST.matcher(next.className()).find() && !next.text().isBlank()) {
                return next.text().strip();
            }
            if (next.tagName().equals("p") && next.parent() != null && next.parent().tagName().equals("header")) {
                return next.text().strip();
            }
        }
        return "";
    }

    /** The headline and standfirst before the text, each once: Readability keeps them only now and then. */
    private static String withLead(String text, String headline, String standfirst) {
        StringBuilder lead = new StringBuilder();
        for (String line : new String[] {headline, standfirst}) {
            if (!line.isEmpty() && !text.contains(line)) {
                lead.append(line).append('\n');
            }
        }
        return lead + text;
    }

    /** An element's text with a line for each block (paragraph, heading, list item, table row), spaces collapsed. */
    static String textOf(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element) {
                    if (element.tagName().equals("br") || isBlock(element)) {
                        out.append('\n');
                    } else if (element.tagName().equals("td") || element.tagName().equals("th")) {
                        out.append('\t');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element)) {
                    out.append('\n');
                }
            }
        }, root);
        StringBuilder text = new StringBuilder(out.length());
        for (String line : out.toString().split("\n")) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                text.append(collapsed).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static boolean isBlock(Element element) {
        return switch (element.tagName()) {
            case "td", "th", "br" -> false;
            case "tr", "li", "dt", "dd", "figcaption", "caption" -> true;
            default -> element.tag().isBlock();
        };
    }
}
