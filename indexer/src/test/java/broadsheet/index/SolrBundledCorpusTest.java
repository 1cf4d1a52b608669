package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.testing.CommandRun;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled corpus indexed into a two-shard collection and into the local index: the commands that read an index
 * print the same for both.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrBundledCorpusTest {

    static final Path CORPUS = Path.of("..", "corpus");
    private static final String COLLECTION = "bundled_test";

    @TempDir
    static Path temp;

    static List<String> nodes;
    static List<String> local;
    static List<String> solr;

    @BeforeAll
    static void indexTheBundledCorpusIntoBoth(SolrTestCluster cluster) {
        nodes = cluster.nodes();
        local = List.of("--corpus", CORPUS.toString(), "--index", temp.resolve("index").toString());
        solr = List.of("--corpus", CORPUS.toString(), "--solr", String.join(",", cluster.nodes()),
                "--collection", COLLECTION);
        for (List<String> where : List.of(local, solr)) {
            CommandRun run = run("index", where);
            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.out().contains("571 new, 0 updated, 0 deleted, 0 unchanged, 0 skipped"), run.out());
            assertTrue(run.out().contains("the index holds 571 documents"), run.out());
        }
    }

    private static CommandRun run(String command, List<String> where, String... args) {
        return CommandRun.of(Stream.of(Stream.of(command), Stream.of(args), where.stream())
                .flatMap(s -> s).toArray(String[]::new));
    }

    @Test
    void statsAreTheSame() {
        CommandRun onSolr = run("stats", solr, "--json");
        assertEquals(0, onSolr.exit(), onSolr.toString());
        assertTrue(onSolr.out().contains("\"documents\" : 571"), onSolr.out());
        assertEquals(run("stats", local, "--json").out(), onSolr.out());
        assertEquals(run("stats", local).out(), run("stats", solr).out());
    }

    static Stream<String> someArticles() {
        return Stream.of("articles/000_a0cc4ae7e5a0af00.txt", "articles/003_58691601c86d5740.txt",
                "articles/004_93812a26b52e2b38.txt", Corpus.idOf("articles/001_7bfd15d39a52537b.txt"));
    }

    @ParameterizedTest
    @MethodSource("someArticles")
    void inspectPrintsTheSame(String pathOrId) {
        CommandRun onSolr = run("inspect", solr, pathOrId, "--json");
        assertEquals(0, onSolr.exit(), onSolr.toString());
        assertEquals(run("inspect", local, pathOrId, "--json").out(), onSolr.out());
        assertEquals(run("inspect", local, pathOrId).out(), run("inspect", solr, pathOrId).out());
    }

    @Test
    void everyArticleInspectsTheSame() throws Exception {
        try (IndexedArchive onLucene = LocalIndexedArchive.open(temp.resolve("index"));
                IndexedArchive onSolr = SolrIndexedArchive.open(new SolrCollection(nodes, COLLECTION))) {
            assertEquals(onLucene.hashesById(), onSolr.hashesById());
            for (String id : onLucene.hashesById().keySet()) {
                assertEquals(onLucene.byId(id), onSolr.byId(id), id);
            }
        }
    }

    @Test
    void nameSuggestionsAreTheSame() {
        CommandRun onSolr = run("entities", solr, "--suggest");
        assertEquals(0, onSolr.exit(), onSolr.toString());
        assertEquals(run("entities", local, "--suggest").out(), onSolr.out());
    }

    @Test
    void verifyFindsTheCollectionSoundAndMatchingTheCorpus() {
        CommandRun onSolr = run("verify", solr);
        assertEquals(0, onSolr.exit(), onSolr.toString());
        assertTrue(onSolr.out().startsWith("The collection " + COLLECTION + " on the SolrCloud at http://127.0.0.1:"),
                onSolr.out());
        assertTrue(onSolr.out().contains("is sound and matches the corpus"), onSolr.out());
    }
}
