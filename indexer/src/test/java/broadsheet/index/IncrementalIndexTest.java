package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.FileProblem;
import broadsheet.schema.Bias;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only new or changed files are parsed; files gone from the corpus leave the index. */
class IncrementalIndexTest {

    @TempDir
    Path temp;

    TestCorpus corpus;
    Path index;

    @BeforeEach
    void indexThreeArticles() throws Exception {
        corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.outlet("Daily", "daily.example", "center");
        corpus.newsJson("a.json", "A", "First article text.", "Daily", "2020-01-01");
        corpus.newsJson("b.json", "B", "Second article text.", "Daily", "2020-01-02");
        corpus.newsJson("c.json", "C", "Third article text.", "Daily", "2020-01-03");
        index = temp.resolve("index");
        IndexReport first = run(false);
        assertEquals(3, first.indexed());
    }

    private IndexReport run(boolean full) throws Exception {
        return new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), index).withFull(full), Progress.SILENT);
    }

    private static void assertCounts(IndexReport report, int indexed, int updated, int deleted, int unchanged) {
        assertEquals(List.of(indexed, updated, deleted, unchanged),
                List.of(report.indexed(), report.updated(), report.deleted(), report.unchanged()), report.toString());
    }

    @Test
    void aSecondRunWithNothingChangedParsesNothing() throws Exception {
        IndexReport again = run(false);
        assertCounts(again, 0, 0, 0, 3);
        assertEquals(0, again.bytesParsed());
    }

    @Test
    void newChangedAndDeletedFilesAreEachHandled() throws Exception {
        corpus.newsJson("b.json", "B, revised", "Second article, corrected.", "Daily", "2020-01-02");
        corpus.newsJson("d.json", "D", "Fourth article text.", "Daily", "2020-01-04");
        Files.delete(corpus.root().resolve("articles/c.json"));
        IndexReport report = run(false);
        assertCounts(report, 1, 1, 1, 1);
        assertEquals(3, report.documents());
        assertEquals("B, revised", IndexedCorpus.article(index, "articles/b.json").orElseThrow().title());
        assertTrue(IndexedCorpus.article(index, "articles/c.json").isEmpty());
        assertTrue(IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge()).isEmpty());
    }

    @Test
    void aChangedSourcesRowReindexesThatFileOnly() throws Exception {
        corpus.source("articles/a.json", null, null, null, "A better title");
        IndexReport report = run(false);
        assertCounts(report, 0, 1, 0, 2);
        assertEquals("A better title", IndexedCorpus.article(index, "articles/a.json").orElseThrow().title());
    }

    @Test
    void aChangedOutletRatingReindexesEveryFile() throws Exception {
        corpus.outlet("Daily", "daily.example", "lean-right"); // the later row wins
        IndexReport report = run(false);
        assertCounts(report, 0, 3, 0, 0);
        assertEquals(Bias.LEAN_RIGHT, IndexedCorpus.article(index, "articles/a.json").orElseThrow().bias());
    }

    @Test
    void aFullRebuildParsesEverythingAgain() throws Exception {
        IndexReport report = run(true);
        assertCounts(report, 3, 0, 0, 0);
        assertEquals(3, report.documents());
    }

    @Test
    void aFileThatBecameUnreadableIsReportedAndLeavesTheIndex() throws Exception {
        Files.write(corpus.root().resolve("articles/a.json"), new byte[0]);
        IndexReport report = run(false);
        assertEquals(List.of(new FileProblem("articles/a.json", "empty file (0 bytes)")), report.skipped());
        assertEquals(2, report.documents());
    }
}
