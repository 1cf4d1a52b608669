package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.KilledIndexRun;
import broadsheet.testing.SmallFileSystem;
import broadsheet.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kill -9 in the middle of a run leaves the last committed index whole, and the next run completes. */
class CrashSafetyTest {

    private static final int ADDED = 2500;

    @TempDir
    Path temp;

    TestCorpus corpus;
    Path index;

    @BeforeEach
    void indexThreeArticlesThenAddMany() throws Exception {
        corpus = new TestCorpus(temp.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            corpus.newsJson("first/" + i + ".json", "First " + i, "Committed article number " + i + ".", "Daily", "2020-01-01");
        }
        index = temp.resolve("index");
        run(false);
        String paragraph = "Negotiators met again to discuss grain corridors, sanctions and security guarantees. ".repeat(40);
        for (int i = 0; i < ADDED; i++) {
            corpus.newsJson("later/" + i + ".json", "Later " + i, paragraph + i, "Daily", "2020-02-01");
        }
    }

    private IndexReport run(boolean full) throws Exception {
        return new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), index).withFull(full), Progress.SILENT);
    }

    /** Starts {@code broadsheet index} in another JVM and kills it hard once it is busy writing. */
    private void killIndexRunMidway(String... extraArgs) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("--threads", "1", "--corpus", corpus.root().toString(),
                "--index", index.toString()));
        arguments.addAll(List.of(extraArgs));
        KilledIndexRun.killMidway(arguments, () -> { });
    }

    private void assertPreviousCommitIsWhole() throws Exception {
        assertEquals(3, IndexedCorpus.documents(index));
        try (FSDirectory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
            assertTrue(check.checkIndex().clean);
        }
    }

    @Test
    void killedIncrementalRunLeavesTheLastCommitAndTheNextRunCompletes() throws Exception {
        killIndexRunMidway();
        assertPreviousCommitIsWhole();
        IndexReport next = run(false);
        assertEquals(ADDED, next.indexed());
        assertEquals(3 + ADDED, next.documents());
        assertTrue(IndexVerifier.verify(index, corpus.corpus(), corpus.knowledge()).isEmpty());
    }

    @Test
    void aDiskThatFillsUpMidRunLeavesTheLastCommitAndNoFilesBeyondIt() throws Exception {
        Path small = temp.resolve("small-disk");
        try (SmallFileSystem disk = SmallFileSystem.mount(small, "2m")) {
            index = disk.path().resolve("index");
            Path ignoreLater = Files.writeString(corpus.root().resolve(Corpus.IGNORE), "later/\n");
            run(false);
            Files.delete(ignoreLater);
            IOException full = assertThrows(IOException.class, () -> run(false));
            assertTrue(full.getMessage().startsWith("writing the index at " + index + " failed: No space left on device"),
                    full.getMessage());
            assertPreviousCommitIsWhole();
            assertEquals(Set.of(), IndexedCorpus.filesBeyondTheLastCommit(index));
        }
    }

    @Test
    void killedFullRebuildLeavesTheOldIndexSearchable() throws Exception {
        killIndexRunMidway("--full");
        assertPreviousCommitIsWhole();
        assertTrue(IndexedCorpus.article(index, "articles/first/0.json").isPresent());
        assertEquals(3 + ADDED, run(true).documents());
    }
}
