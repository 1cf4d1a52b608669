package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.schema.Article;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.NewsPages;
import broadsheet.testing.NewsPages.Layout;
import broadsheet.testing.NewsPages.NewsPage;
import broadsheet.testing.TestCorpus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved web pages are indexed as their article: its main text as the body, the whole page kept beside it, and the
 * title, date, authors, outlet and address the page gives in its structured data, in the order of trust.
 */
class SavedPageTest {

    private static final String LONG_PARAGRAPH = "Harbour officials said on Tuesday that the new tariff would raise"
            + " freight costs by a fifth, according to figures published by the port authority late in the evening,"
            + " and that shipping lines had been told to expect delays at the northern quay for several weeks while"
            + " the cranes are replaced and the channel is dredged to take the larger container vessels.";

    @TempDir
    static Path temp;

    static Path index;
    static IndexReport report;
    static NewsPage semantic;
    static NewsPage divSoup;
    static NewsPage prompts;

    @BeforeAll
    static void indexSavedPages() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.outlet("The Harbour Gazette", "gazette.example", "center");
        semantic = NewsPages.page(Layout.SEMANTIC, 1);
        divSoup = NewsPages.page(Layout.DIV_SOUP, 2);
        prompts = NewsPages.page(Layout.PROMPTS_IN_STORY, 3);
        corpus.text("pages/semantic.html", semantic.html());
        corpus.text("pages/div-soup.htm", divSoup.html());
        corpus.text("pages/prompts.html", prompts.html());
        corpus.text("pages/saved.mhtml", mhtml(semantic.html()));
        corpus.text("pages/json-ld.html", page("""
                <title>Port tariff row deepens | The Harbour Gazette</title>
                <meta property="og:title" content="Tariff row: what it means for you">
                <meta property="og:url" content="https://gazette.example/share/123">
                <meta property="article:published_time" content="2024-05-02T09:00:00Z">
                <link rel="canonical" href="https://gazette.example/2024/05/01/port-tariff-row">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "@id": "https://gazette.example/#site", "name": "Gazette website"},
                  {"@type": "Person", "@id": "https://gazette.example/#ann", "name": "Ann Writer"},
                  {"@type": "NewsArticle", "headline": "Port tariff row deepens as shippers protest",
                   "datePublished": "2024-05-01T07:30:00+01:00",
                   "author": [{"@id": "https://gazette.example/#ann"}, {"@type": "Person", "name": "Tom Okafor"}],
                   "publisher": {"@type": "NewsMediaOrganization", "name": "The Harbour Gazette"}}
                ]}
                </script>""", "<h1>Port tariff row deepens</h1><p>" + LONG_PARAGRAPH + "</p>"));
        corpus.text("pages/open-graph.html", page("""
                <title>Ferry strike | Coast News</title>
                <meta property="og:title" content="Ferry crews strike over night shifts">
                <meta property="og:url" content="https://coast.example/news/ferry-strike">
                <meta property="og:site_name" content="Coast News">
                <meta property="article:published_time" content="2023-11-20T06:00:00Z">
                <meta property="article:author" content="https://coast.example/staff/lena">
                <meta name="author" content="Lena Fischer">""", "<h1>Ferry strike</h1><p>" + LONG_PARAGRAPH + "</p>"));
        corpus.text("pages/dublin-core.html", page("""
                <title>Dredging | Bay Weekly</title>
                <meta name="DC.title" content="Dredging the bay, one scoop at a time">
                <meta name="DC.creator" content="Sam Correspondent">
                <meta name="DC.publisher" content="Bay Weekly">""",
                "<article><h1>Dredging</h1><p>Filed <time datetime=\"2022-08-14\">14 August</time></p><p>"
                        + LONG_PARAGRAPH + "</p></article>"));
        corpus.text("pages/impossible-date.html", page("""
                <title>Storm floods the promenade</title>
                <script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Storm floods the promenade", "datePublished": "2999-01-01"}
                </script>""", "<h1>Storm floods the promenade</h1><p>" + LONG_PARAGRAPH + "</p>"));
        corpus.text("pages/impossible-then-time.html", page("""
                <title>Pier reopens</title>
                <script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Pier reopens", "datePublished": "1/21"}
                </script>""", "<article><h1>Pier reopens</h1><time datetime=\"2021-06-30T10:00\">30 June</time><p>"
                + LONG_PARAGRAPH + "</p></article>"));
        corpus.text("pages/short.html", page("<title>Lighthouse open day</title>",
                "<nav><a href=\"/\">Home</a> <a href=\"/events\">Events</a></nav><h1>Lighthouse open day</h1>"
                        + "<p>The lighthouse opens to visitors on Saturday.</p><footer>© 2024 Coast News</footer>"));
        corpus.text("pages/section-front.html", NewsPages.indexPage());
        corpus.text("pages/teaser-card.html", page("<title>Cranes</title>",
                "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a> <a href=\"/jobs\">Jobs</a></nav>"
                        + "<div class=\"story-body\"><h1>Cranes replaced at the northern quay</h1><p>" + LONG_PARAGRAPH
                        + "</p><p>" + LONG_PARAGRAPH.replace("Tuesday", "Wednesday") + "</p></div>"
                        + "<article class=\"card\"><a href=\"/t\">Quiz of the week</a></article>"));
        corpus.newsJson("wire/story.json", "Grain deal", "Grain exports resume from Odesa.", "Daily", "2019-07-01");
        index = temp.resolve("index");
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        report = new CorpusIndexer(corpus.knowledge(), List.of(), clock)
                .run(IndexRequest.defaults(corpus.root(), index), Progress.SILENT);
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
    }

    /** A page as a browser saves it "as a single file": MIME, the page its first part. */
    private static String mhtml(String html) {
        return """
                From: <Saved by Blink>
                Subject: Saved page
                MIME-Version: 1.0
                Content-Type: multipart/related; type="text/html"; boundary="----boundary"

                ------boundary
                Content-Type: text/html; charset=utf-8
                Content-Transfer-Encoding: 8bit
                Content-Location: https://gazette.example/2024/05/01/story

                %s
                ------boundary--
                """.formatted(html).replace("\n", "\r\n");
    }

    private static Article article(String path) throws Exception {
        return IndexedCorpus.article(index, path).orElseThrow(() -> new AssertionError(path + " not indexed; " + report));
    }

    private static void assertBodyIsTheArticle(NewsPage page, Article indexed) {
        for (String passage : page.article()) {
            assertTrue(indexed.body().contains(passage), () -> "missing '" + passage + "' in:\n" + indexed.body());
        }
        for (String furniture : page.furniture()) {
            assertFalse(indexed.body().contains(furniture), () -> "kept '" + furniture + "' in:\n" + indexed.body());
        }
    }

    @Test
    void everyPageIsIndexed() {
        assertTrue(report.skipped().isEmpty(), report.skipped().toString());
        assertEquals(13, report.documents());
    }

    @Test
    void pageWithNavCookieBannerCommentsAndFooterIsIndexedAsItsArticle() throws Exception {
        Article indexed = article("articles/pages/semantic.html");
        assertBodyIsTheArticle(semantic, indexed);
        assertTrue(indexed.body().startsWith(semantic.headline() + "\n"), indexed.body());
        assertTrue(indexed.body().indexOf(semantic.article().get(3)) < indexed.body().indexOf(semantic.article().get(6)),
                "the list stands between the paragraphs it stands between on the page");
        for (String furniture : semantic.furniture()) {
            assertTrue(indexed.pageText().replaceAll("\\s+", " ").contains(furniture),
                    () -> "the whole page keeps '" + furniture + "'");
        }
    }

    @Test
    void pagesOfDivsAndPromptsInsideTheStoryAreIndexedAsTheirArticles() throws Exception {
        assertBodyIsTheArticle(divSoup, article("articles/pages/div-soup.htm"));
        assertBodyIsTheArticle(prompts, article("articles/pages/prompts.html"));
    }

    @Test
    void pageSavedAsMhtmlIsIndexedAsItsArticleToo() throws Exception {
        Article indexed = article("articles/pages/saved.mhtml");
        assertBodyIsTheArticle(semantic, indexed);
        assertTrue(indexed.pageText().contains("We use cookies"), indexed.pageText());
    }

    @Test
    void jsonLdGivesTitleDateAuthorsAndOutletAndTheCanonicalLinkTheAddress() throws Exception {
        Article indexed = article("articles/pages/json-ld.html");
        assertEquals("Port tariff row deepens as shippers protest", indexed.title());
        assertEquals("2024-05-01", indexed.date().iso());
        assertEquals(List.of("Ann Writer", "Tom Okafor"), indexed.authors());
        assertEquals("The Harbour Gazette", indexed.outlet());
        assertEquals("https://gazette.example/2024/05/01/port-tariff-row", indexed.url());
    }

    @Test
    void openGraphAloneGivesTitleDateOutletAndAddressAndANameNotAProfileLink() throws Exception {
        Article indexed = article("articles/pages/open-graph.html");
        assertEquals("Ferry crews strike over night shifts", indexed.title());
        assertEquals("2023-11-20", indexed.date().iso());
        assertEquals("Coast News", indexed.outlet());
        assertEquals("https://coast.example/news/ferry-strike", indexed.url());
        assertEquals(List.of("Lena Fischer"), indexed.authors());
    }

    @Test
    void dublinCoreAndTheArticlesTimeElementAreReadToo() throws Exception {
        Article indexed = article("articles/pages/dublin-core.html");
        assertEquals("Dredging the bay, one scoop at a time", indexed.title());
        assertEquals("2022-08-14", indexed.date().iso());
        assertEquals(List.of("Sam Correspondent"), indexed.authors());
        assertEquals("Bay Weekly", indexed.outlet());
    }

    @Test
    void aDateThatCannotBeAPublicationDateIsDroppedNotGuessed() throws Exception {
        assertNull(article("articles/pages/impossible-date.html").date());
        assertTrue(report.warnings().stream().anyMatch(w -> w.path().equals("articles/pages/impossible-date.html")
                && w.message().contains("'2999-01-01'") && w.message().contains("json-ld")), report.warnings().toString());
        assertEquals("2021-06-30", article("articles/pages/impossible-then-time.html").date().iso(),
                "the next source of a date, the article's <time>, is trusted instead");
    }

    @Test
    void pageTooShortForAnArticleIsIndexedWhole() throws Exception {
        Article indexed = article("articles/pages/short.html");
        assertTrue(indexed.body().contains("Home") && indexed.body().contains("© 2024 Coast News"), indexed.body());
        assertTrue(indexed.body().contains("The lighthouse opens to visitors on Saturday."), indexed.body());
        assertNull(indexed.pageText(), "nothing else to keep");
    }

    @Test
    void sectionFrontIsIndexedWhole() throws Exception {
        Article indexed = article("articles/pages/section-front.html");
        assertTrue(indexed.body().contains("Why house prices in the old town keep climbing"), indexed.body());
        assertTrue(indexed.body().contains("© 2024 The Harbour Gazette"), indexed.body());
        assertNull(indexed.pageText());
    }

    @Test
    void anArticleElementTooShortToBeTheArticleLeavesTheSearchToReadability() throws Exception {
        Article indexed = article("articles/pages/teaser-card.html");
        assertTrue(indexed.body().startsWith("Cranes replaced at the northern quay\n" + LONG_PARAGRAPH), indexed.body());
        assertFalse(indexed.body().contains("Jobs"), indexed.body());
        assertTrue(indexed.pageText().contains("Jobs"), indexed.pageText());
    }

    @Test
    void newsJsonHasNoPageText() throws Exception {
        Article story = article("articles/wire/story.json");
        assertEquals("Grain exports resume from Odesa.", story.body());
        assertNull(story.pageText());
    }
}
