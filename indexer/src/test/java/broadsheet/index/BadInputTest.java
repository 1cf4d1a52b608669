package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.FileProblem;
import broadsheet.enrich.Enrichment;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.TestCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad file is reported with its path and reason, and everything else is indexed. */
class BadInputTest {

    @TempDir
    static Path temp;

    static Path index;
    static IndexReport report;
    static Map<String, String> skipped;

    @BeforeAll
    static void indexACorpusFullOfBadFiles() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.text("good.txt", "Good article\n\nThis one is fine and should be indexed.");
        corpus.write("corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage".getBytes(StandardCharsets.US_ASCII));
        corpus.write("empty.txt", new byte[0]);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        corpus.write("noise.bin", noise);
        corpus.encryptedPdf("locked.pdf", "Only for those with the password.");
        corpus.write("big.txt", "word ".repeat(300_000).getBytes(StandardCharsets.US_ASCII));
        byte[] latin1 = "Caf\u00e9 owners in Kyiv reopen after the blackout; cr\u00e8me br\u00fbl\u00e9e is back.".getBytes(StandardCharsets.ISO_8859_1);
        corpus.write("latin1.txt", latin1);
        corpus.write("no-text.json", "{\"title\": \"Headline only\", \"content_original\": \"\", \"date\": \"2019-01-01\"}".getBytes(StandardCharsets.UTF_8));
        corpus.write("broken.json", "{\"title\": \"Cut short\", \"content_original\": \"The text".getBytes(StandardCharsets.UTF_8));
        corpus.write("junk-fields.json", ("{\"title\": 42, \"content_original\": \"Real text about grain exports.\", "
                + "\"date\": \"1/21\", \"authors\": {\"odd\": true}, \"source\": null}").getBytes(StandardCharsets.UTF_8));
        corpus.write("zeros.txt", new byte[100_000]);
        byte[] random = new byte[100_000];
        new Random(7).nextBytes(random);
        corpus.write("random.txt", random);
        index = temp.resolve("index");
        IndexRequest request = IndexRequest.defaults(corpus.root(), index).withLimits(1_000_000, Duration.ofSeconds(60));
        report = new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone()).run(request, Progress.SILENT);
        skipped = report.skipped().stream().collect(Collectors.toMap(FileProblem::path, FileProblem::message));
    }

    @Test
    void goodFilesAreIndexedDespiteTheBadOnes() throws Exception {
        assertTrue(IndexedCorpus.article(index, "articles/good.txt").isPresent());
        assertEquals(3, report.documents(), report.skipped().toString());
        assertFalse(report.complete());
    }

    @Test
    void eachBadFileIsReportedWithItsReason() {
        assertEquals("damaged, or not really a PDF", skipped.get("articles/corrupt.pdf"));
        assertEquals("empty file (0 bytes)", skipped.get("articles/empty.txt"));
        assertTrue(skipped.get("articles/noise.bin").startsWith("no text could be extracted"), skipped.toString());
        assertEquals("encrypted or password-protected document", skipped.get("articles/locked.pdf"));
        assertTrue(skipped.get("articles/big.txt").contains("over the limit"), skipped.toString());
        assertTrue(skipped.get("articles/no-text.json").startsWith("no text could be extracted"), skipped.toString());
        assertEquals("damaged, or not really a news JSON file", skipped.get("articles/broken.json"));
        assertEquals(9, skipped.size(), skipped.toString());
    }

    @Test
    void theParsersOwnWordsAreKeptAsTheDetail() {
        FileProblem corrupt = report.skipped().stream().filter(p -> p.path().equals("articles/corrupt.pdf")).findFirst()
                .orElseThrow();
        assertTrue(corrupt.detail().contains("PDFParser"), corrupt.detail());
        assertTrue(corrupt.toString().endsWith("damaged, or not really a PDF"), "the summary line keeps to the reason");
    }

    @Test
    void binaryDataNamedTxtIsNotIndexedAsAnArticle() {
        for (String file : List.of("articles/zeros.txt", "articles/random.txt")) {
            assertTrue(skipped.get(file).startsWith("binary data, not text"), file + ": " + skipped.get(file));
        }
    }

    @Test
    void aWordDocumentThatExpandsFarBeyondItsSizeIsStoppedAtTheTextLimit() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("bomb-corpus"));
        corpus.docxBomb("bomb.docx", 600);
        corpus.text("fine.txt", "Grain deal\n\nFarmers near Odesa ship grain again.");
        IndexReport bombed = new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), temp.resolve("bomb-index")), Progress.SILENT);
        assertEquals(List.of("articles/bomb.docx: more text than any article holds (over 10,000,000 characters): a"
                + " book, a data dump, or a compressed document built to expand without end"),
                bombed.skipped().stream().map(FileProblem::toString).toList());
        assertEquals(1, bombed.documents());
    }

    @Test
    void textInAnotherEncodingIsDecodedNotLost() throws Exception {
        Article article = IndexedCorpus.article(index, "articles/latin1.txt").orElseThrow();
        assertTrue(article.body().contains("Café owners in Kyiv"), article.body());
    }

    @Test
    void newsJsonWithJunkFieldsKeepsWhatIsUsableAndSaysWhatItDropped() throws Exception {
        Article article = IndexedCorpus.article(index, "articles/junk-fields.json").orElseThrow();
        assertEquals("42", article.title());
        assertNull(article.date());
        assertNull(article.outlet());
        assertTrue(article.authors().isEmpty());
        assertTrue(report.warnings().stream().anyMatch(w -> w.path().equals("articles/junk-fields.json")
                && w.message().contains("'1/21'")), report.warnings().toString());
    }

    @Test
    void anArticleThatAnEnrichmentStageFailsOnIsSkippedAloneWithItsPathAndTheReason() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("stage-corpus"));
        // more files than a worker takes at a time, so that the failure falls inside a batch of good ones
        for (int i = 0; i < 40; i++) {
            corpus.text("article-%02d.txt".formatted(i), "Article %d\n\nFarmers near Odesa ship grain again.".formatted(i));
        }
        Enrichment failsOnOne = article -> {
            if (article.path().equals("articles/article-21.txt")) {
                throw new IllegalStateException("no dates in this one");
            }
            return article;
        };
        Path stageIndex = temp.resolve("stage-index");
        IndexReport stageReport = new CorpusIndexer(corpus.knowledge(), List.of(failsOnOne), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), stageIndex).withThreads(2), Progress.SILENT);
        assertEquals(List.of(new FileProblem("articles/article-21.txt",
                "enrichment failed (a bug in Broadsheet: please report it)",
                "IllegalStateException: no dates in this one")), stageReport.skipped());
        assertEquals(39, stageReport.documents());
        assertTrue(IndexedCorpus.article(stageIndex, "articles/article-20.txt").isPresent());
        assertTrue(IndexedCorpus.article(stageIndex, "articles/article-21.txt").isEmpty());
    }

    @Test
    void anOutletTooLongToBeANameIsLeftOutAndTheArticleIndexed() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("outlet-corpus"));
        corpus.outlet("Daily", "example.org", "center");
        corpus.newsJson("long-outlet.json", "Grain deal", "Farmers near Odesa ship grain again.",
                "Daily Example ".repeat(700), "2019-07-01");
        corpus.newsJson("fine.json", "Aid vote", "The House votes on aid.", "Daily", "2019-07-02");
        Path outletIndex = temp.resolve("outlet-index");
        IndexRequest request = IndexRequest.defaults(corpus.root(), outletIndex);
        CorpusIndexer indexer = new CorpusIndexer(corpus.knowledge(), CorpusIndexer.allStages(corpus.knowledge()),
                Clock.systemDefaultZone());

        IndexReport first = indexer.run(request, Progress.SILENT);

        assertTrue(first.complete(), first.skipped().toString());
        Article article = IndexedCorpus.article(outletIndex, "articles/long-outlet.json").orElseThrow();
        assertEquals("Daily", article.outlet(), "the outlet of the URL's domain stands in");
        assertTrue(first.warnings().stream().anyMatch(w -> w.path().equals("articles/long-outlet.json")
                && w.message().startsWith("outlet name left out: 9,799 characters")), first.warnings().toString());
        assertEquals(2, indexer.run(request, Progress.SILENT).unchanged(), "and the next run is no different");
    }

    @Test
    void aWireStoryInCapitalsIsIndexedWithoutTheHugeNameTheLinkerMakesOfIt() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("wire-corpus"));
        // a roll call in capitals with no punctuation, as some wire copy comes: the linker reads it as one name
        String[] syllables = "KO VA LEN MAR TI NEZ BRA DO RIN SHE PAR DI SON WEL LI AMS HAR GRE EN".split(" ");
        Random random = new Random(7);
        StringBuilder wire = new StringBuilder("WASHINGTON AP PRESIDENT");
        while (wire.length() < 9_900) {
            wire.append(' ');
            for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
                wire.append(syllables[random.nextInt(syllables.length)]);
            }
        }
        corpus.text("wire.txt", wire.toString().strip());
        Path wireIndex = temp.resolve("wire-index");

        IndexReport report = new CorpusIndexer(corpus.knowledge(), CorpusIndexer.allStages(corpus.knowledge()),
                Clock.systemDefaultZone()).run(IndexRequest.defaults(corpus.root(), wireIndex), Progress.SILENT);

        assertTrue(report.complete(), report.skipped().toString());
        Article article = IndexedCorpus.article(wireIndex, "articles/wire.txt").orElseThrow();
        assertTrue(article.entities().stream().allMatch(e -> e.name().length() <= ArticleSchema.MAX_NAME_LENGTH),
                article.entities().toString());
        assertTrue(article.body().contains("WASHINGTON AP PRESIDENT"));
    }

    @Test
    void anArticleLuceneRefusesIsSkippedWithItsPathAndTheRestIsCommitted() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("refused-corpus"));
        corpus.text("fine.txt", "Grain deal\n\nFarmers near Odesa ship grain again.");
        corpus.text("refused.txt", "Aid vote\n\nThe House votes on aid.");
        // past the assembler's bounds, as a new enrichment stage might: a facet value Lucene will not take
        Enrichment overLong = article -> article.path().endsWith("refused.txt")
                ? new Article(article.id(), article.path(), article.title(), article.body(), article.url(),
                        "x".repeat(10_000), article.bias(), article.date(), article.authors(), article.entities(),
                        article.contentHash(), article.pageText())
                : article;
        Path refusedIndex = temp.resolve("refused-index");

        IndexReport report = new CorpusIndexer(corpus.knowledge(), List.of(overLong), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), refusedIndex), Progress.SILENT);

        assertEquals(1, report.skipped().size(), report.skipped().toString());
        FileProblem refused = report.skipped().getFirst();
        assertEquals("articles/refused.txt", refused.path());
        assertEquals("the index cannot hold this article (a bug in Broadsheet: please report it)", refused.message());
        assertTrue(refused.detail().contains("category path exceeds maximum allowed path length"), refused.detail());
        assertEquals(1, IndexedCorpus.documents(refusedIndex), "the run was committed");
    }

    @Test
    void theSkippedFilesAreRecordedInTheCommitForVerify() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        assertTrue(IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge()).isEmpty());
    }
}
