package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus that tries to make the indexer read what is not the archive's, or trip over what it cannot read. */
class HostileCorpusTest {

    @TempDir
    Path temp;

    private TestCorpus corpusWithAGoodArticle() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.text("good.txt", "Grain deal\n\nFarmers near Odesa ship grain again.");
        return corpus;
    }

    private IndexReport index(TestCorpus corpus, Path index) throws Exception {
        return new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), index), Progress.SILENT);
    }

    private static Map<String, String> reasons(IndexReport report) {
        return report.skipped().stream().collect(Collectors.toMap(FileProblem::path, FileProblem::message));
    }

    private static int documentsWith(Path index, String word) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return new IndexSearcher(reader).count(new TermQuery(new Term("body", word)));
        }
    }

    @Test
    void linksOutOfTheCorpusAreReportedAndNeverRead() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "Account passwords\n\nThe root password is hunter2.");
        TestCorpus corpus = corpusWithAGoodArticle();
        Path good = corpus.root().resolve("articles/good.txt");
        Path articles = corpus.root().resolve(Corpus.ARTICLES);
        Files.createSymbolicLink(articles.resolve("leak.txt"), secret);
        Files.createSymbolicLink(articles.resolve("relative-leak.txt"), articles.relativize(secret));
        Files.createSymbolicLink(articles.resolve("outside-folder"), outside);
        Files.createSymbolicLink(articles.resolve("copy-of-good.txt"), good);
        Path index = temp.resolve("index");

        IndexReport report = index(corpus, index);

        Map<String, String> reasons = reasons(report);
        String leak = "a link to a file outside the corpus (" + secret.toRealPath() + "); not read";
        assertEquals(leak, reasons.get("articles/leak.txt"), reasons.toString());
        assertEquals(leak, reasons.get("articles/relative-leak.txt"), reasons.toString());
        assertEquals("a link to a folder outside the corpus (" + outside.toRealPath() + "); not read",
                reasons.get("articles/outside-folder"), reasons.toString());
        assertEquals(3, reasons.size(), reasons.toString());
        assertEquals(0, documentsWith(index, "hunter2"));
        assertTrue(IndexedCorpus.article(index, "articles/copy-of-good.txt").isPresent(), "a link inside the corpus is followed");
        assertEquals(2, report.documents());
        assertTrue(IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge()).isEmpty());
    }

    @Test
    void danglingLinksAndLinkLoopsAreReportedAndTheRestIsIndexed() throws Exception {
        TestCorpus corpus = corpusWithAGoodArticle();
        Path articles = corpus.root().resolve(Corpus.ARTICLES);
        Files.createSymbolicLink(articles.resolve("dangling.txt"), temp.resolve("nowhere.txt"));
        Files.createSymbolicLink(articles.resolve("loop.txt"), articles.resolve("loop.txt"));
        Files.createSymbolicLink(articles.resolve("ping.txt"), articles.resolve("pong.txt"));
        Files.createSymbolicLink(articles.resolve("pong.txt"), articles.resolve("ping.txt"));
        Files.createSymbolicLink(articles.resolve("back-up"), articles);
        Path index = temp.resolve("index");

        IndexReport report = index(corpus, index);

        Map<String, String> reasons = reasons(report);
        assertEquals("a link to nothing: " + temp.resolve("nowhere.txt") + " does not exist", reasons.get("articles/dangling.txt"));
        assertEquals("a link that leads round in a circle (a link loop)", reasons.get("articles/loop.txt"));
        assertEquals("a link that leads round in a circle (a link loop)", reasons.get("articles/ping.txt"));
        assertEquals("a link that leads round in a circle (a link loop)", reasons.get("articles/pong.txt"));
        assertEquals("a link to a folder that contains it (a link loop); not followed", reasons.get("articles/back-up"));
        assertEquals(5, reasons.size(), reasons.toString());
        assertEquals(1, report.documents());
        assertTrue(IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge()).isEmpty());
    }

    @Test
    void aFolderOrFileThatCannotBeOpenedIsReportedAndIndexAndVerifyGoOn() throws Exception {
        TestCorpus corpus = corpusWithAGoodArticle();
        corpus.text("private/letter.txt", "A letter\n\nNot for the archive's readers.");
        Path lockedFile = corpus.text("secret.txt", "A secret\n\nNot for the archive's readers either.");
        Path locked = corpus.root().resolve("articles/private");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked),
                    "this process may read a folder without read permission (root may): cannot make one it cannot open");
            Path index = temp.resolve("index");

            IndexReport report = index(corpus, index);

            assertEquals(List.of(new FileProblem("articles/private", "cannot be read: permission denied"),
                    new FileProblem("articles/secret.txt", "cannot be read: permission denied")),
                    report.skipped().stream().map(p -> new FileProblem(p.path(), p.message())).toList());
            assertEquals(1, report.documents());
            assertTrue(IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge()).isEmpty());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void filesNamedInTheIgnoreFileAreLeftOutWithoutMakingTheRunIncomplete() throws Exception {
        TestCorpus corpus = corpusWithAGoodArticle();
        corpus.text("drafts/notes.txt", "Notes\n\nTo be written.");
        corpus.text("keep.tmp", "Kept\n\nThis one is let back in.");
        corpus.text("scratch.tmp", "Scratch\n\nNot for the index.");
        Path index = temp.resolve("index");
        assertEquals(4, index(corpus, index).documents());

        corpus.write("known-bad.pdf", "%PDF-1.4 not really".getBytes());
        Files.createSymbolicLink(corpus.root().resolve("articles/old-link.txt"), temp.resolve("gone.txt"));
        Files.writeString(corpus.root().resolve(Corpus.IGNORE), """
                # files we know about
                known-bad.pdf
                old-link.txt
                drafts/
                *.tmp
                !keep.tmp
                """);
        IndexReport report = index(corpus, index);

        assertTrue(report.complete(), report.skipped().toString());
        assertEquals(List.of("articles/drafts", "articles/known-bad.pdf", "articles/old-link.txt", "articles/scratch.tmp"),
                report.ignored().stream().sorted().toList());
        assertEquals(2, report.deleted(), "what was indexed before it was ignored leaves the index");
        assertTrue(IndexedCorpus.article(index, "articles/keep.tmp").isPresent());
        assertTrue(IndexedCorpus.article(index, "articles/drafts/notes.txt").isEmpty());
        assertTrue(IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge()).isEmpty());
    }
}
