package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.extract.WebArchive.PassedOver;
import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import broadsheet.testing.NewsPages;
import broadsheet.testing.TestCorpus;
import broadsheet.testing.TestWebArchive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.MediaType;

/**
 * A web archive in the corpus is many articles: one for each HTML page it kept, found by its URL, its outlet and its
 * date as a saved page's are; every other record is counted, a damaged one reported, and the rest indexed.
 */
class WebArchiveIndexTest {

    private static final String DAILY_PAGE = "https://www.daily.example/2023/06/01/grain-talks";
    private static final String BLOG_PAGE = "https://blog.example/posts/harbour";

    @TempDir
    Path temp;

    TestCorpus corpus;
    Path index;

    @BeforeEach
    void corpusWithAnOutlet() throws Exception {
        corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.outlet("Daily", "daily.example", "center");
        corpus.newsJson("plain.json", "Plain", "An article beside the archive.", "Daily", "2020-01-01");
        index = temp.resolve("index");
    }

    private IndexReport run() throws Exception {
        return new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), index), Progress.SILENT);
    }

    private static void assertCounts(IndexReport report, int indexed, int updated, int deleted, int unchanged) {
        assertEquals(List.of(indexed, updated, deleted, unchanged),
                List.of(report.indexed(), report.updated(), report.deleted(), report.unchanged()), report.toString());
    }

    private Article find(String pathOrId) throws Exception {
        try (IndexedArchive archive = LocalIndexedArchive.open(index)) {
            return archive.find(corpus.corpus(), pathOrId).orElseThrow(() -> new AssertionError("no " + pathOrId));
        }
    }

    private List<String> verify() throws Exception {
        return IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge());
    }

    /** Two pages among every other kind of record a crawl writes. */
    private static TestWebArchive crawl() throws Exception {
        return new TestWebArchive()
                .request(DAILY_PAGE)
                .article(DAILY_PAGE, "Grain talks resume", null, "Negotiators met again in Istanbul on Thursday.")
                .response("https://www.daily.example/report.pdf", 200, "OK", MediaType.parse("application/pdf"),
                        "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII))
                .response("https://www.daily.example/logo.png", 200, "OK", MediaType.parse("image/png"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .redirect("http://daily.example/", "https://www.daily.example/")
                .revisit(DAILY_PAGE)
                .response("https://www.daily.example/gone", 404, "Not Found", MediaType.HTML,
                        "<html><body>Page not found</body></html>".getBytes(StandardCharsets.UTF_8))
                .article(BLOG_PAGE, "Harbour reopens", "2023-05-30T08:00:00Z", "The harbour reopened to ships.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc.gz", "crawl.warc"})
    void eachHtmlPageIsAnArticleAndEveryOtherRecordIsCounted(String name) throws Exception {
        Path file = corpus.root().resolve("articles/" + name);
        List<Long> offsets = crawl().writeTo(file, name.endsWith(".gz"));
        IndexReport report = run();

        assertCounts(report, 3, 0, 0, 0);
        assertEquals(List.of(), report.skipped());
        assertEquals(Map.of(PassedOver.NOT_HTML, 2, PassedOver.REDIRECT, 1, PassedOver.REVISIT, 1,
                PassedOver.ERROR_RESPONSE, 1, PassedOver.NOT_A_RESPONSE, 1), report.passedOver());

        String path = "articles/" + name;
        Article daily = find(path + "#" + offsets.get(1));
        assertEquals(Corpus.idOf(path, offsets.get(1)), daily.id());
        assertEquals(path + "#" + offsets.get(1), daily.path());
        assertEquals("Grain talks resume", daily.title());
        assertTrue(daily.body().contains("Negotiators met again in Istanbul"), daily.body());
        assertEquals(DAILY_PAGE, daily.url());
        assertEquals("Daily", daily.outlet(), "the outlet of the URL's domain in outlets.csv");
        assertEquals(Bias.CENTER, daily.bias());
        assertEquals("2023-06-01", daily.date().iso(), "the URL's date comes before the capture's");

        Article blog = find(Corpus.idOf(path, offsets.get(7)));
        assertEquals(BLOG_PAGE, blog.url());
        assertEquals("blog.example", blog.outlet(), "a domain outlets.csv does not know is the outlet itself");
        assertEquals(Bias.UNRATED, blog.bias());
        assertEquals("2023-05-30", blog.date().iso(), "the page's own date");
        assertEquals(List.of(), verify());
    }

    @Test
    void thePageOfAnUndatedUrlIsDatedByItsCapture() throws Exception {
        new TestWebArchive().article("https://blog.example/about", "About us", null, "We write about harbours.")
                .writeTo(corpus.root().resolve("articles/about.warc.gz"), true);
        run();
        assertEquals("2024-03-05", find("articles/about.warc.gz#0").date().iso(), "the WARC-Date, to the day");
    }

    /** A page of a web archive is read as a saved page is: its article without the furniture around it, the whole kept. */
    @Test
    void aPageOfAWebArchiveIsIndexedAsItsArticle() throws Exception {
        NewsPages.NewsPage page = NewsPages.page(NewsPages.Layout.DIV_SOUP, 7);
        new TestWebArchive().page("https://www.daily.example/2024/03/04/story", page.html())
                .writeTo(corpus.root().resolve("articles/story.warc.gz"), true);
        run();
        Article story = find("articles/story.warc.gz#0");
        page.article().forEach(passage -> assertTrue(story.body().contains(passage), passage));
        page.furniture().forEach(furniture -> assertFalse(story.body().contains(furniture), furniture));
        page.furniture().forEach(furniture -> assertTrue(story.pageText().replaceAll("\\s+", " ").contains(furniture), furniture));
    }

    /** Windows-1252's quotes and dashes are bytes that Tika's own guess (ISO-8859-1) turns into control characters. */
    @Test
    void aPageIsReadInTheCharsetItsResponseDeclared() throws Exception {
        String paragraph = "The caf\u00e9\u2019s \u201cna\u00efve\u201d owner said \u2014 nothing.";
        byte[] page = ("<html><head><title>Caf\u00e9 society</title></head><body><p>" + paragraph + "</p></body></html>")
                .getBytes("windows-1252");
        new TestWebArchive().response("https://blog.example/cafe", 200, "OK",
                        MediaType.parse("text/html; charset=windows-1252"), page)
                .writeTo(corpus.root().resolve("articles/cafe.warc.gz"), true);
        run();
        Article cafe = find("articles/cafe.warc.gz#0");
        assertEquals("Caf\u00e9 society", cafe.title());
        assertTrue(cafe.body().contains(paragraph), cafe.body());
    }

    @Test
    void aDamagedRecordIsReportedWithItsOffsetAndTheRestOfTheFileIndexed() throws Exception {
        Path file = corpus.root().resolve("articles/damaged.warc");
        List<Long> offsets = new TestWebArchive()
                .article(DAILY_PAGE, "Grain talks resume", null, "Negotiators met again.")
                .garbledResponse("https://www.daily.example/broken")
                .article(BLOG_PAGE, "Harbour reopens", null, "The harbour reopened.")
                .article("https://blog.example/cut", "Cut short", null, "This page was being written when it stopped.")
                .writeTo(file, false);
        TestWebArchive.truncate(file, 40);
        IndexReport report = run();

        assertCounts(report, 3, 0, 0, 0);
        assertEquals(List.of("articles/damaged.warc#" + offsets.get(1), "articles/damaged.warc#" + offsets.get(3)),
                report.skipped().stream().map(FileProblem::path).toList(), report.skipped().toString());
        assertEquals("damaged web archive record (https://www.daily.example/broken): its HTTP response cannot be read",
                report.skipped().get(0).message());
        assertTrue(report.skipped().get(1).message().startsWith("damaged web archive record"),
                report.skipped().get(1).message());
        assertEquals("Harbour reopens", find("articles/damaged.warc#" + offsets.get(2)).title(),
                "the page after the damaged record is indexed");
        assertEquals(List.of(), verify(), "reported damage is accounted for");

        IndexReport again = run();
        assertEquals(report.skipped(), again.skipped(), "the damage is reported again, as a bad file's is");
        assertCounts(again, 0, 0, 0, 3);
        assertEquals(0, again.bytesParsed(), "the pages indexed before are not parsed again");
    }

    @Test
    void aDamagedRecordInTheMiddleOfACompressedArchiveIsReportedAndTheRecordsAfterItIndexed() throws Exception {
        Path file = corpus.root().resolve("articles/bad-block.warc.gz");
        List<Long> offsets = new TestWebArchive()
                .article(DAILY_PAGE, "Grain talks resume", null, "Negotiators met again.")
                .article("https://blog.example/lost", "Lost to a bad block", null, "Nobody will read this.")
                .article(BLOG_PAGE, "Harbour reopens", null, "The harbour reopened.")
                .redirect("http://blog.example/", "https://blog.example/")
                .writeTo(file, true);
        TestWebArchive.zero(file, offsets.get(1), 16);
        IndexReport report = run();

        assertCounts(report, 3, 0, 0, 0);
        assertEquals(List.of(new FileProblem("articles/bad-block.warc.gz#" + offsets.get(1),
                        "damaged web archive record, cut short or garbled; read on from the next record")),
                report.skipped().stream().map(p -> new FileProblem(p.path(), p.message())).toList());
        assertEquals("Harbour reopens", find("articles/bad-block.warc.gz#" + offsets.get(2)).title());
        assertEquals(Map.of(PassedOver.REDIRECT, 1), report.passedOver(), "the records after it are counted");
    }

    @Test
    void anUnchangedArchiveCostsNothingAndAChangedOneIsReindexedWithoutItsVanishedRecords() throws Exception {
        Path file = corpus.root().resolve("articles/crawl.warc");
        List<Long> before = crawl().writeTo(file, false);
        assertCounts(run(), 3, 0, 0, 0);

        IndexReport unchanged = run();
        assertCounts(unchanged, 0, 0, 0, 3);
        assertEquals(0, unchanged.bytesParsed());
        assertEquals(Map.of(), unchanged.passedOver(), "an archive not read counts nothing");

        List<Long> after = new TestWebArchive()
                .request(DAILY_PAGE)
                .article(DAILY_PAGE, "Grain talks resume, revised", null, "Negotiators met again, corrected.")
                .writeTo(file, false);
        assertEquals(before.get(1), after.get(1), "the page's record is where it was");
        assertEquals(List.of("articles/crawl.warc: changed since it was indexed (run: broadsheet index)"), verify());
        IndexReport changed = run();
        assertCounts(changed, 0, 1, 1, 1);
        assertEquals("Grain talks resume, revised", find("articles/crawl.warc#" + after.get(1)).title());
        assertEquals(2, changed.documents());
        assertEquals(List.of(), verify());

        Files.delete(file);
        IndexReport gone = run();
        assertCounts(gone, 0, 0, 1, 1);
        assertEquals(1, gone.documents());
        assertEquals(List.of(), verify());
    }

    @Test
    void anArchiveWithoutPagesAndAFileThatIsNoArchiveAreSkippedWithTheirReasons() throws Exception {
        new TestWebArchive().request(DAILY_PAGE).redirect(DAILY_PAGE, "https://www.daily.example/")
                .writeTo(corpus.root().resolve("articles/empty.warc.gz"), true);
        corpus.text("notes.warc", "These are notes about a crawl, not a crawl.");
        IndexReport report = run();
        assertEquals(List.of(
                new FileProblem("articles/empty.warc.gz", "a web archive without a single HTML page (records passed"
                        + " over: redirects 1, requests and other records 1)"),
                new FileProblem("articles/notes.warc", "damaged, or not really a web archive (WARC)")),
                report.skipped().stream().map(p -> new FileProblem(p.path(), p.message())).toList());
        assertEquals(1, report.documents());
        assertEquals(List.of(), verify());
    }
}
