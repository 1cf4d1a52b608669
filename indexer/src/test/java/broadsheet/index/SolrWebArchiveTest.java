package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.schema.Article;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import broadsheet.testing.TestCorpus;
import broadsheet.testing.TestWebArchive;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A web archive's pages in a real two-shard collection, found as the local index finds them, and kept up to date. */
@ExtendWith(SolrCloudExtension.class)
class SolrWebArchiveTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static List<String> nodes;

    @TempDir
    Path temp;

    @BeforeAll
    static void connect(SolrTestCluster cluster) {
        nodes = cluster.nodes();
    }

    @Test
    void anArchivesPagesAreFoundAndAChangedArchiveIsBroughtUpToDate() throws Exception {
        String name = "warc_test_" + NEXT.incrementAndGet();
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.outlet("Daily", "daily.example", "center");
        Path file = corpus.root().resolve("articles/crawl.warc.gz");
        List<Long> first = new TestWebArchive()
                .article("https://www.daily.example/2023/06/01/grain", "Grain talks resume", null, "Negotiators met.")
                .redirect("http://daily.example/", "https://www.daily.example/")
                .article("https://blog.example/harbour", "Harbour reopens", null, "The harbour reopened.")
                .writeTo(file, true);
        IndexReport report = run(corpus, name);
        assertEquals(2, report.indexed(), report.toString());
        assertEquals(2, report.documents());
        try (SolrIndexedArchive archive = SolrIndexedArchive.open(new SolrCollection(nodes, name))) {
            Article grain = archive.find(corpus.corpus(), "articles/crawl.warc.gz#" + first.get(0)).orElseThrow();
            assertEquals(Corpus.idOf("articles/crawl.warc.gz", first.get(0)), grain.id());
            assertEquals("Grain talks resume", grain.title());
            assertEquals("Daily", grain.outlet());
            assertEquals("2023-06-01", grain.date().iso());
            assertEquals("blog.example", archive.byId(Corpus.idOf("articles/crawl.warc.gz", first.get(2)))
                    .orElseThrow().outlet());
            assertEquals(List.of(), IndexVerifier.verify(archive, corpus.corpus(), corpus.knowledge()));
        }

        IndexReport unchanged = run(corpus, name);
        assertEquals(2, unchanged.unchanged(), unchanged.toString());
        assertEquals(0, unchanged.bytesParsed(), "an unchanged archive is not read");

        List<Long> second = new TestWebArchive()
                .article("https://blog.example/harbour", "Harbour reopens to ships", null, "The harbour reopened.")
                .writeTo(file, true);
        IndexReport changed = run(corpus, name);
        assertEquals(List.of(0, 1, 1), List.of(changed.indexed(), changed.updated(), changed.deleted()),
                changed.toString());
        try (SolrIndexedArchive archive = SolrIndexedArchive.open(new SolrCollection(nodes, name))) {
            assertEquals(1, archive.stats().documents());
            assertEquals("Harbour reopens to ships",
                    archive.byId(Corpus.idOf("articles/crawl.warc.gz", second.get(0))).orElseThrow().title());
            assertTrue(archive.byId(Corpus.idOf("articles/crawl.warc.gz", first.get(2))).isEmpty());
            assertEquals(List.of(), IndexVerifier.verify(archive, corpus.corpus(), corpus.knowledge()));
        }
    }

    private static IndexReport run(TestCorpus corpus, String name) throws Exception {
        IndexLocation.Cloud cloud = new IndexLocation.Cloud(new SolrCollection(nodes, name), 2, 1);
        return new CorpusIndexer(corpus.knowledge(), List.of(), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), cloud), Progress.SILENT);
    }
}
