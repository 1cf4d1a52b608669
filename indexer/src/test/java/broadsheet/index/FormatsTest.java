package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.TestCorpus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format an archive keeps goes in through Tika's content detection, with its own metadata. */
class FormatsTest {

    @TempDir
    static Path temp;

    static Path index;
    static IndexReport report;

    @BeforeAll
    static void indexOneFileOfEachFormat() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.outlet("Example Times", "example.org", "lean-left");
        corpus.text("plain/story.txt", "Minerals deal stalls\nFebruary 12, 2025\n\nKyiv and Washington argue over rare earths.");
        corpus.html("web/page.html", "Kyiv weighs security guarantees", "2024-03-05T08:00:00Z",
                "Officials discussed security guarantees in Kyiv.");
        corpus.pdf("pdf/report.pdf", "Ceasefire talks resume", "Negotiators met in Geneva to discuss a ceasefire.");
        corpus.docx("office/memo.docx", "Treasury memo on minerals", "The Treasury memo describes the minerals fund.");
        corpus.odt("office/brief.odt", "Briefing on grain corridors", "The briefing covers grain corridors.");
        corpus.eml("mail/tip.eml", "Tip about the pipeline", "Tue, 4 Mar 2025 10:00:00 +0000",
                "A reader writes about the pipeline deal.");
        corpus.text("rtf/note.rtf", "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Grain exports rose sharply.\\par}");
        corpus.newsJson("json/article", "Senate passes aid bill", "The Senate passed the aid bill on Tuesday.",
                "Example Times", "2019-11-12");
        index = temp.resolve("index");
        report = new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), index), Progress.SILENT);
    }

    private static Article article(String path) throws Exception {
        return IndexedCorpus.article(index, path).orElseThrow(() -> new AssertionError(path + " not indexed; " + report));
    }

    @Test
    void everyFormatIsIndexed() {
        assertEquals(8, report.indexed(), report.toString());
        assertTrue(report.skipped().isEmpty(), report.skipped().toString());
        assertEquals(8, report.documents());
    }

    @Test
    void plainTextGetsItsHeadlineAndDatelineFromTheText() throws Exception {
        Article story = article("articles/plain/story.txt");
        assertEquals("Minerals deal stalls", story.title());
        assertEquals("2025-02-12", story.date().iso());
        assertEquals(Bias.UNRATED, story.bias());
    }

    @Test
    void htmlGetsTitleDateAndOutletFromItsMetaTags() throws Exception {
        Article page = article("articles/web/page.html");
        assertEquals("Kyiv weighs security guarantees", page.title());
        assertEquals("2024-03-05", page.date().iso());
        assertEquals("Example Times", page.outlet());
        assertEquals(Bias.LEAN_LEFT, page.bias());
        assertTrue(page.body().contains("Officials discussed security guarantees"), page.body());
    }

    @Test
    void pdfAndDocxGetTheirTitlesFromDocumentProperties() throws Exception {
        assertEquals("Ceasefire talks resume", article("articles/pdf/report.pdf").title());
        assertTrue(article("articles/pdf/report.pdf").body().contains("Negotiators met in Geneva"));
        assertEquals("Treasury memo on minerals", article("articles/office/memo.docx").title());
        assertTrue(article("articles/office/memo.docx").body().contains("minerals fund"));
    }

    @Test
    void openDocumentTextGetsItsTitleFromItsMetadata() throws Exception {
        Article brief = article("articles/office/brief.odt");
        assertEquals("Briefing on grain corridors", brief.title());
        assertTrue(brief.body().contains("grain corridors"), brief.body());
    }

    @Test
    void emailAndRtfAreRead() throws Exception {
        Article mail = article("articles/mail/tip.eml");
        assertEquals("Tip about the pipeline", mail.title());
        assertEquals("2025-03-04", mail.date().iso());
        assertTrue(mail.body().contains("pipeline deal"), mail.body());
        assertTrue(article("articles/rtf/note.rtf").body().contains("Grain exports rose sharply"));
    }

    @Test
    void newsJsonIsDetectedByContentWithoutAnExtension() throws Exception {
        Article json = article("articles/json/article");
        assertEquals("Senate passes aid bill", json.title());
        assertEquals("2019-11-12", json.date().iso());
        assertEquals("Example Times", json.outlet());
        assertEquals(Bias.LEAN_LEFT, json.bias());
        assertEquals(List.of("Ann Writer", "Bob Reporter"), json.authors());
        assertEquals("The Senate passed the aid bill on Tuesday.", json.body());
    }
}
