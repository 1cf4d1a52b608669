package broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.NewsPages;
import broadsheet.testing.NewsPages.NewsPage;
import broadsheet.testing.SmallFileSystem;
import broadsheet.testing.CommandRun;
import broadsheet.testing.TestCorpus;
import broadsheet.testing.TestWebArchive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.StringHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archivist's commands, their output and their exit codes. */
class CommandLineTest {

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

    /** The command line with exactly these arguments. */
    private static CommandRun raw(String... args) {
        return CommandRun.of(args);
    }

    private CommandRun broadsheet(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--corpus", corpus.root().toString(), "--index", index.toString()));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void indexExitsZeroWhenEveryFileWentIn() {
        CommandRun run = broadsheet("index");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("2 new, 0 updated, 0 deleted, 0 unchanged, 0 skipped"), run.out());
    }

    @Test
    void indexExitsThreeAndListsSkippedFilesWithTheirReasons() throws Exception {
        corpus.write("bad.pdf", "%PDF-1.4 not really".getBytes());
        CommandRun run = broadsheet("index");
        assertEquals(IndexCommand.SKIPPED_FILES, run.exit(), run.toString());
        assertTrue(run.out().contains("articles/bad.pdf: damaged, or not really a PDF"), run.out());
        assertEquals(0, broadsheet("verify").exit(), "a reported skip is not an inconsistency");
    }

    @Test
    void aSecondIndexRunWhileOneIsWritingStopsAtOnceAndSaysSo() throws Exception {
        Files.createDirectories(index);
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter running = new IndexWriter(directory, new IndexWriterConfig())) {
            CommandRun run = broadsheet("index");
            assertEquals(Broadsheet.FATAL, run.exit());
            assertTrue(run.err().contains("another index run is writing"), run.err());
        }
    }

    @Test
    void fullReplacesAnIndexThisVersionCannotReadAndAnUpdateSaysHow() throws Exception {
        ByteBuffersDataOutput olderLucene = new ByteBuffersDataOutput();
        CodecUtil.writeIndexHeader(olderLucene, "segments", 6, StringHelper.randomId(), "1");
        byte[] garbage = "not an index at all".getBytes(StandardCharsets.UTF_8);
        for (byte[] segments : List.of(olderLucene.toArrayCopy(), garbage)) {
            Files.createDirectories(index);
            Files.write(index.resolve("segments_1"), segments);
            Files.write(index.resolve("_0.cfs"), garbage);

            CommandRun update = broadsheet("index");
            assertEquals(Broadsheet.FATAL, update.exit(), update.toString());
            assertTrue(update.err().contains("the index at " + index + " cannot be read by this version of Broadsheet"),
                    update.err());
            assertTrue(update.err().contains("rebuild it with: broadsheet index --full"), update.err());

            CommandRun full = broadsheet("index", "--full");
            assertEquals(0, full.exit(), full.toString());
            assertTrue(full.out().contains("the index holds 2 documents"), full.out());
            assertEquals(Set.of(), IndexedCorpus.filesBeyondTheLastCommit(index), "the old index's files are gone");
            assertEquals(0, broadsheet("verify").exit());
            IOUtils.rm(index);
        }
    }

    @Test
    void verifyChecksAnIndexItMayNotWrite() throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mount(temp.resolve("disk"), "16m")) {
            index = disk.path().resolve("index");
            assertEquals(0, broadsheet("index").exit());
            disk.makeReadOnly();
            CommandRun run = broadsheet("verify");
            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.out().contains("is sound and matches the corpus"), run.out());
        }
    }

    @Test
    void aFileNameWithANewlineCannotForgeLinesOfTheReport() throws Exception {
        corpus.write("bad\n  articles/forged.txt: looks fine.pdf", "%PDF-1.4 not really".getBytes());
        CommandRun run = broadsheet("index");
        assertEquals(IndexCommand.SKIPPED_FILES, run.exit(), run.toString());
        assertTrue(run.out().contains("  articles/bad\\n  articles/forged.txt: looks fine.pdf: damaged, or not really a PDF"),
                run.out());
        assertTrue(run.out().lines().noneMatch(line -> line.startsWith("  articles/forged.txt")), run.out());
    }

    @Test
    void ignoredFilesAreCountedAndListedWithVerboseAndTheRunIsComplete() throws Exception {
        corpus.write("known-bad.pdf", "%PDF-1.4 not really".getBytes());
        Files.writeString(corpus.root().resolve(Corpus.IGNORE), "known-bad.pdf\n");
        CommandRun run = broadsheet("index", "--verbose");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("0 skipped, 1 ignored"), run.out());
        assertTrue(run.out().contains("Ignored (1; named in .broadsheetignore):\n  articles/known-bad.pdf"), run.out());
        assertEquals(0, broadsheet("verify").exit(), "an ignored file is accounted for");
    }

    @Test
    void verboseShowsTheParsersOwnWordsBelowTheReason() throws Exception {
        corpus.write("bad.pdf", "%PDF-1.4 not really".getBytes());
        String plain = broadsheet("index", "--full").out();
        String verbose = broadsheet("index", "--full", "--verbose").out();
        assertTrue(!plain.contains("PDFParser"), plain);
        assertTrue(verbose.contains("  articles/bad.pdf: damaged, or not really a PDF\n      TikaException: "), verbose);
    }

    @Test
    void aMissingCorpusIsAFatalErrorWithAMessage() throws Exception {
        Files.delete(corpus.root().resolve("articles/one.json"));
        Files.delete(corpus.root().resolve("articles/two.json"));
        Files.delete(corpus.root().resolve("articles"));
        CommandRun run = broadsheet("index");
        assertEquals(Broadsheet.FATAL, run.exit());
        assertTrue(run.err().contains("no articles folder"), run.err());
    }

    @Test
    void statsJsonHasTheContractShape() throws Exception {
        broadsheet("index");
        CommandRun run = broadsheet("stats", "--json");
        assertEquals(0, run.exit(), run.toString());
        JsonNode stats = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("documents", "bias", "outlets", "years", "undated", "entities", "furniture"),
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
        CommandRun run = broadsheet("stats", "--json");
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
            CommandRun run = broadsheet("inspect", key, "--json");
            assertEquals(0, run.exit(), run.toString());
            JsonNode article = new ObjectMapper().readTree(run.out());
            assertEquals(List.of("id", "path", "title", "url", "outlet", "bias", "date", "authors", "words", "entities",
                    "furniture"),
                    StreamSupport.stream(((Iterable<String>) article::fieldNames).spliterator(), false).toList());
            assertEquals(id, article.get("id").asText());
            assertEquals("Grain deal", article.get("title").asText());
            assertEquals("2019-07-01", article.get("date").asText());
            assertEquals("right", article.get("bias").asText());
            assertEquals(5, article.get("words").asInt());
            assertTrue(article.get("entities").isArray());
        }
        CommandRun missing = broadsheet("inspect", "articles/nope.json");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no article articles/nope.json"), missing.err());
    }

    @Test
    void inspectVerbosePrintsTheIndexedArticleAndTheWholePageKeptBesideIt() throws Exception {
        NewsPage page = NewsPages.page(NewsPages.Layout.SEMANTIC, 7);
        corpus.text("saved/page.html", page.html());
        broadsheet("index");
        CommandRun run = broadsheet("inspect", "articles/saved/page.html", "--verbose");
        assertEquals(0, run.exit(), run.toString());
        String out = run.out();
        int body = out.indexOf("body (indexed):");
        int whole = out.indexOf("whole page (kept, not searched):");
        assertTrue(body > 0 && whole > body, out);
        assertTrue(out.substring(body, whole).contains(page.article().get(2)), out);
        assertFalse(out.substring(body, whole).contains("We use cookies"), out);
        assertTrue(out.substring(whole).contains("We use cookies"), out);

        CommandRun plain = broadsheet("inspect", "articles/one.json", "--verbose");
        assertTrue(plain.out().contains("whole page: the body is the file's whole text"), plain.out());
        assertTrue(plain.out().contains("    Grain exports resume from Odesa."), plain.out());
    }

    @Test
    void verifyFindsFilesTheIndexHasNotCaughtUpWith() throws Exception {
        broadsheet("index");
        assertEquals(0, broadsheet("verify").exit());
        Files.delete(corpus.root().resolve("articles/two.json"));
        corpus.newsJson("three.json", "New", "A new article.", "Daily", "2020-01-01");
        corpus.newsJson("one.json", "Grain deal, updated", "Grain exports resume.", "Daily", "2019-07-01");
        CommandRun run = broadsheet("verify");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("articles/two.json (id "), run.out());
        assertTrue(run.out().contains("articles/three.json: in the corpus but neither indexed"), run.out());
        assertTrue(run.out().contains("articles/one.json: changed since it was indexed"), run.out());
        broadsheet("index");
        assertEquals(0, broadsheet("verify").exit());
    }

    @Test
    void aBadOptionValueIsOneLineNamingTheOptionAndWhereToReadMore() {
        CommandRun run = broadsheet("index", "--threads", "lots");
        assertEquals(Broadsheet.USAGE, run.exit());
        assertEquals(List.of("broadsheet index: Invalid value for option '--threads': 'lots' is not an int",
                "Try 'broadsheet index --help'."), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void anIoFailureSaysWhatIsWrongWithThePath() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        CommandRun run = raw("index", "--corpus", corpus.root().toString(), "--index", file.toString());
        assertEquals(Broadsheet.FATAL, run.exit());
        assertEquals("broadsheet index: cannot keep the index at " + file + ": exists, and is not a folder",
                run.err().strip());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void theReadingCommandsLeaveNoMistypedIndexFolderBehind() {
        Path typo = temp.resolve("indx");
        for (String[] command : List.of(new String[] {"stats"}, new String[] {"verify"}, new String[] {"inspect", "x"},
                new String[] {"entities", "--suggest"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--corpus", corpus.root().toString(), "--index", typo.toString()));
            CommandRun run = raw(args.toArray(String[]::new));
            assertEquals(Broadsheet.FATAL, run.exit(), run.toString());
            assertTrue((run.out() + run.err()).contains("no index at " + typo), run.toString());
            assertFalse(Files.exists(typo), String.join(" ", command) + " created " + typo);
        }
    }

    @Test
    void helpNamesEveryCommandAndVersionIsTheBuildsOwn() {
        CommandRun help = raw("help", "stats");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: broadsheet stats"), help.out());
        assertTrue(raw("--help").out().contains("./broadsheet test runs every test"));
        String version = raw("-V").out().strip();
        assertTrue(version.matches("Broadsheet \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    }

    @Test
    void indexJsonPrintsTheSummaryForScripts() throws Exception {
        corpus.write("bad.pdf", "%PDF-1.4 not really".getBytes());
        CommandRun run = broadsheet("index", "--json");
        assertEquals(IndexCommand.SKIPPED_FILES, run.exit(), run.toString());
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertEquals(2, summary.get("indexed").asInt());
        assertEquals(2, summary.get("documents").asInt());
        assertEquals("articles/bad.pdf", summary.get("skipped").get(0).get("path").asText());
        assertTrue(summary.get("ignored").isEmpty());
    }

    @Test
    void aWebArchiveIsIndexedPageByPageWithWhatItPassedOverCountedAndItsDamageListed() throws Exception {
        List<Long> offsets = new TestWebArchive()
                .article("https://www.daily.example/2024/01/02/ports", "Ports reopen", null, "Grain ships sail again.")
                .redirect("http://daily.example/", "https://www.daily.example/")
                .garbledResponse("https://www.daily.example/broken")
                .writeTo(corpus.root().resolve("articles/crawl.warc.gz"), true);
        CommandRun run = broadsheet("index");
        assertEquals(IndexCommand.SKIPPED_FILES, run.exit(), run.toString());
        assertTrue(run.out().contains("3 new, 0 updated, 0 deleted, 0 unchanged, 1 skipped"), run.out());
        assertTrue(run.out().contains("Web archive records that are not articles, passed over: redirects 1."), run.out());
        assertTrue(run.out().contains("  articles/crawl.warc.gz#" + offsets.get(2) + ": damaged web archive record"
                + " (https://www.daily.example/broken): its HTTP response cannot be read"), run.out());

        CommandRun inspected = broadsheet("inspect", "articles/crawl.warc.gz#" + offsets.get(0), "--json");
        assertEquals(0, inspected.exit(), inspected.toString());
        JsonNode article = new ObjectMapper().readTree(inspected.out());
        assertEquals(Corpus.idOf("articles/crawl.warc.gz", offsets.get(0)), article.get("id").asText());
        assertEquals("https://www.daily.example/2024/01/02/ports", article.get("url").asText());
        assertEquals("Daily", article.get("outlet").asText());
        CommandRun farOffset = broadsheet("inspect", "articles/crawl.warc.gz#99999999999999999999");
        assertEquals(1, farOffset.exit());
        assertEquals("broadsheet inspect: the index has no article articles/crawl.warc.gz#99999999999999999999",
                farOffset.err().strip(), "an offset no file has is no article, however long");
        CommandRun wholeArchive = broadsheet("inspect", "articles/crawl.warc.gz");
        assertEquals(1, wholeArchive.exit());
        assertTrue(wholeArchive.err().contains("a web archive holds many articles: give one's id, or the archive's path,"
                + " # and the record's offset: articles/crawl.warc.gz#OFFSET"), wholeArchive.err());

        JsonNode summary = new ObjectMapper().readTree(broadsheet("index", "--json").out());
        assertEquals(1, summary.get("passed_over").get("redirect").asInt(), "the damaged archive is read again");
        assertEquals(0, summary.get("passed_over").get("revisit").asInt());
        assertEquals(0, broadsheet("verify").exit(), "reported damage is not an inconsistency");
    }

    @Test
    void farMoreThreadsThanCoresGetAWarningAndTheRunGoesOn() {
        CommandRun run = broadsheet("index", "--threads", "1000");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("--threads 1000 is far above"), run.err());
    }
}
