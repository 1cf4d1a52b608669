package broadsheet.index;

import static broadsheet.index.CaptionedCorpus.CAPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.Fields;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import broadsheet.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page furniture on a real two-shard collection: counted with a facet over the collection, set aside from the
 * searched body and the entities, and revised in the older articles when a later run makes a caption frequent.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrFurnitureTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static List<String> nodes;
    private static CloudSolrClient solr;

    @TempDir
    Path temp;

    CaptionedCorpus captions;
    TestCorpus corpus;
    String name;

    @BeforeAll
    static void connect(SolrTestCluster cluster) {
        nodes = cluster.nodes();
        solr = new SolrCollection(nodes, "any").client(Duration.ofSeconds(60));
    }

    @AfterAll
    static void disconnect() throws Exception {
        solr.close();
    }

    @BeforeEach
    void writeCorpus() throws Exception {
        name = "furniture_test_" + NEXT.incrementAndGet();
        captions = new CaptionedCorpus(temp.resolve("corpus"));
        corpus = captions.corpus;
    }

    private IndexReport run(boolean full) throws Exception {
        var knowledge = corpus.knowledge();
        IndexLocation.Cloud cloud = new IndexLocation.Cloud(new SolrCollection(nodes, name), 2, 1);
        return new CorpusIndexer(knowledge, CorpusIndexer.allStages(knowledge), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), cloud).withFull(full), Progress.SILENT);
    }

    /** The paths of the articles whose searched body has the word. */
    private Set<String> found(String word) throws Exception {
        Set<String> paths = new TreeSet<>();
        for (SolrDocument doc : solr.query(name, new ModifiableSolrParams().set("q", Fields.BODY + ":" + word)
                .set("fl", Fields.PATH).set("rows", 100)).getResults()) {
            paths.add((String) doc.getFirstValue(Fields.PATH));
        }
        return paths;
    }

    private Article article(String file) throws Exception {
        try (SolrIndexedArchive archive = SolrIndexedArchive.open(new SolrCollection(nodes, name))) {
            return archive.byId(Corpus.idOf("articles/" + file)).orElseThrow();
        }
    }

    private static List<String> names(Article article) {
        return article.entities().stream().map(ArticleEntity::name).toList();
    }

    @Test
    void aFullRebuildSetsTheCaptionAsideBeforeReadersSeeIt() throws Exception {
        for (int n = 1; n <= 5; n++) {
            captions.captioned(n);
        }
        IndexReport report = run(true);
        assertEquals(6, report.documents(), "a revision adds no documents to the new collection's count");
        assertEquals(Set.of("articles/story.json"), found("quillfeather"));
        assertEquals(5, found("council").size());
        Article captioned = article("c2.json");
        assertTrue(captioned.body().contains(CAPTION), "the stored body keeps it: " + captioned.body());
        assertEquals(1, captioned.furniture().size());
        assertEquals(5, captioned.furniture().getFirst().articles());
        assertFalse(names(captioned).contains("Marvin Quillfeather"), names(captioned).toString());
        try (SolrIndexedArchive archive = SolrIndexedArchive.open(new SolrCollection(nodes, name))) {
            FurnitureStats stats = archive.stats().furniture();
            assertEquals(List.of(5, 5, 5L * CAPTION.length()),
                    List.of(stats.paragraphs(), stats.articles(), stats.characters()));
        }
    }

    @Test
    void anArticleThatMakesACaptionFrequentRevisesTheOlderOnes() throws Exception {
        for (int n = 1; n <= 4; n++) {
            captions.captioned(n);
        }
        assertEquals(0, run(false).revised());
        assertEquals(5, found("quillfeather").size());
        assertTrue(names(article("c1.json")).contains("Marvin Quillfeather"));
        captions.captioned(5);
        IndexReport second = run(false);
        assertEquals(List.of(1, 5, 6), List.of(second.indexed(), second.revised(), second.documents()));
        assertEquals(Set.of("articles/story.json"), found("quillfeather"));
        for (int n = 1; n <= 5; n++) {
            assertEquals(1, article("c" + n + ".json").furniture().size(), "c" + n);
        }
        Files.delete(corpus.root().resolve("articles/c5.json"));
        IndexReport third = run(false);
        assertEquals(List.of(1, 4), List.of(third.deleted(), third.revised()), "no longer frequent: ranked again");
        assertEquals(5, found("quillfeather").size());
    }
}
