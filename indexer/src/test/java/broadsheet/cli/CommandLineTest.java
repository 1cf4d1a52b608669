package broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.testing.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The archivist's commands, their output and their exit codes. */
class CommandLineTest {

    record Run(int exit, String out, String err) {}

    @TempDir
    Path temp;

    TestCorpus corpus;
    Path index;

    @BeforeEach
    void writeCorpus() throws Exception {
        corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.outlet("Daily", "daily.example", "right");
        corpus.newsJson("one.json", "Grain deal", "Grain exports resume from Odesa.", "Daily", "2019-07-01");
        corpus.newsJson("two.json", "Aid vote", "The House votes on aid.", "Daily", "");
        index = temp.resolve("index");
    }

    private Run broadsheet(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Broadsheet.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--corpus", corpus.root().toString(), "--index", index.toString()));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void indexExitsZeroWhenEveryFileWentIn() {
        Run run = broadsheet("index");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("2 new, 0 updated, 0 deleted, 0 unchanged, 0 skipped"), run.out());
    }

    @Test
    void indexExitsThreeAndListsSkippedFilesWithTheirReasons() throws Exception {
        corpus.write("bad.pdf", "%PDF-1.4 not really".getBytes());
        Run run = broadsheet("index");
        assertEquals(IndexCommand.SKIPPED_FILES, run.exit(), run.toString());
        assertTrue(run.out().contains("articles/bad.pdf: damaged, or not really a PDF"), run.out());
        assertEquals(0, broadsheet("verify").exit(), "a reported skip is not an inconsistency");
    }

    @Test
    void aSecondIndexRunWhileOneIsWritingStopsAtOnceAndSaysSo() throws Exception {
        Files.createDirectories(index);
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter running = new IndexWriter(directory, new IndexWriterConfig())) {
            Run run = broadsheet("index");
            assertEquals(Broadsheet.FATAL, run.exit());
            assertTrue(run.err().contains("another index run is writing"), run.err());
        }
    }

    @Test
    void aMissingCorpusIsAFatalErrorWithAMessage() throws Exception {
        Files.delete(corpus.root().resolve("articles/one.json"));
        Files.delete(corpus.root().resolve("articles/two.json"));
        Files.delete(corpus.root().resolve("articles"));
        Run run = broadsheet("index");
        assertEquals(Broadsheet.FATAL, run.exit());
        assertTrue(run.err().contains("no articles folder"), run.err());
    }

    @Test
    void statsJsonHasTheContractShape() throws Exception {
        broadsheet("index");
        Run run = broadsheet("stats", "--json");
        assertEquals(0, run.exit(), run.toString());
        JsonNode stats = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("documents", "bias", "outlets", "years", "undated", "entities"),
                StreamSupport.stream(((Iterable<String>) stats::fieldNames).spliterator(), false).toList());
        assertEquals(2, stats.get("documents").asInt());
        assertEquals(2, stats.get("bias").get("right").asInt());
        assertEquals(2, stats.get("outlets").get("Daily").asInt());
        assertEquals(1, stats.get("years").get("2019").asInt());
        assertEquals(1, stats.get("undated").asInt());
        assertTrue(stats.get("entities").has("person"));
    }

    @Test
    void statsCountsAnIndexWhereNoArticleHasADate() throws Exception {
        corpus.newsJson("one.json", "Grain deal", "Grain exports resume from Odesa.", "Daily", "");
        broadsheet("index");
        Run run = broadsheet("stats", "--json");
        assertEquals(0, run.exit(), run.toString());
        JsonNode stats = new ObjectMapper().readTree(run.out());
        assertEquals(2, stats.get("undated").asInt());
        assertTrue(stats.get("years").isEmpty());
    }

    @Test
    void inspectFindsAnArticleByIdByCorpusPathAndByPathAsGiven() throws Exception {
        broadsheet("index");
        String id = Corpus.idOf("articles/one.json");
        for (String key : List.of(id, "articles/one.json", corpus.root().resolve("articles/one.json").toString())) {
            Run run = broadsheet("inspect", key, "--json");
            assertEquals(0, run.exit(), run.toString());
            JsonNode article = new ObjectMapper().readTree(run.out());
            assertEquals(id, article.get("id").asText());
            assertEquals("Grain deal", article.get("title").asText());
            assertEquals("2019-07-01", article.get("date").asText());
            assertEquals("right", article.get("bias").asText());
            assertEquals(5, article.get("words").asInt());
            assertTrue(article.get("entities").isArray());
        }
        Run missing = broadsheet("inspect", "articles/nope.json");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no article articles/nope.json"), missing.err());
    }

    @Test
    void verifyFindsFilesTheIndexHasNotCaughtUpWith() throws Exception {
        broadsheet("index");
        assertEquals(0, broadsheet("verify").exit());
        Files.delete(corpus.root().resolve("articles/two.json"));
        corpus.newsJson("three.json", "New", "A new article.", "Daily", "2020-01-01");
        corpus.newsJson("one.json", "Grain deal, updated", "Grain exports resume.", "Daily", "2019-07-01");
        Run run = broadsheet("verify");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("articles/two.json (id "), run.out());
        assertTrue(run.out().contains("articles/three.json: in the corpus but neither indexed"), run.out());
        assertTrue(run.out().contains("articles/one.json: changed since it was indexed"), run.out());
        broadsheet("index");
        assertEquals(0, broadsheet("verify").exit());
    }
}
