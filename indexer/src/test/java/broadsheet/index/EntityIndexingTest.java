package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.cli.Broadsheet;
import broadsheet.cli.IndexCommand;
import broadsheet.corpus.Corpus;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.EntityType;
import broadsheet.schema.Fields;
import broadsheet.schema.Mention;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.TestCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The index holds each article's entities: canonical names as facets, mention counts and offsets. */
class EntityIndexingTest {

    @TempDir
    Path temp;

    TestCorpus corpus;
    Path index;

    @BeforeEach
    void corpusWithAKnowledgeBase() throws IOException {
        corpus = new TestCorpus(temp.resolve("corpus"));
        Files.writeString(corpus.root().resolve(Corpus.ENTITIES), """
                name,type,aliases,description
                Volodymyr Zelenskyy,person,Zelensky|Zelenskiy,President of Ukraine
                NATO,organization,,
                Kyiv,place,Kiev,
                """);
        corpus.text("a.txt", "Zelensky in Kyiv\n\nZelensky asked NATO for air defence over Kiev.");
        corpus.text("b.txt", "Talks\n\nPresident Zelenskiy met the NATO secretary general.");
        index = temp.resolve("index");
    }

    private IndexReport indexCorpus() throws IOException {
        return IndexCommand.run(IndexRequest.defaults(corpus.root(), index), corpus.knowledge(), Progress.SILENT);
    }

    @Test
    void facetsCountArticlesByCanonicalName() throws IOException {
        indexCorpus();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(
                    new DefaultSortedSetDocValuesReaderState(reader, ArticleSchema.facetsConfig()));
            assertEquals(Map.of("Volodymyr Zelenskyy", 2), counts(facets.getTopChildren(10, Fields.PERSON)));
            assertEquals(Map.of("NATO", 2), counts(facets.getTopChildren(10, Fields.ORGANIZATION)));
            assertEquals(Map.of("Kyiv", 1), counts(facets.getTopChildren(10, Fields.PLACE)));
            DrillDownQuery kyiv = new DrillDownQuery(ArticleSchema.facetsConfig());
            kyiv.add(Fields.PLACE, "Kyiv");
            assertEquals(1, new IndexSearcher(reader).count(kyiv));
        }
    }

    @Test
    void eachArticleKeepsItsMentionsWithTheirOffsets() throws IOException {
        indexCorpus();
        Article a = IndexedCorpus.article(index, "articles/a.txt").orElseThrow();
        ArticleEntity zelenskyy = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("Volodymyr Zelenskyy", zelenskyy.name());
        assertEquals(3, zelenskyy.mentionCount());
        for (Mention mention : zelenskyy.mentions()) {
            String text = mention.field().equals(Fields.TITLE) ? a.title() : a.body();
            assertEquals("Zelensky", text.substring(mention.start(), mention.end()), mention.toString());
        }
        ArticleEntity kyiv = a.entities().stream().filter(e -> e.name().equals("Kyiv")).findFirst().orElseThrow();
        // a plain-text file's first line is its title, and stays in its body
        assertEquals(List.of(Fields.TITLE, Fields.BODY, Fields.BODY), kyiv.mentions().stream().map(Mention::field).toList());
    }

    @Test
    void aBadEntitiesFileStopsTheRunNamingTheLineAndLeavesTheIndexAsItWas() throws IOException {
        indexCorpus();
        List<String> before = entityNames("articles/a.txt");
        Files.writeString(corpus.root().resolve(Corpus.ENTITIES), """
                name,type,aliases,description
                Volodymyr Zelenskyy,person,Zelensky,
                Kyiv,city,Kiev,
                """);
        corpus.text("c.txt", "More\n\nNew article about Kyiv.");
        IOException e = assertThrows(IOException.class, this::indexCorpus);
        assertTrue(e.getMessage().contains(Corpus.ENTITIES + " line 3: unknown type 'city'"), e.getMessage());
        assertEquals(2, IndexedCorpus.documents(index));
        assertEquals(before, entityNames("articles/a.txt"));
    }

    @Test
    void theIndexCommandReportsABadEntitiesFileAndExitsWithFailure() throws IOException {
        Files.writeString(corpus.root().resolve(Corpus.ENTITIES), """
                name,type,aliases,description
                Kyiv,place,Kiev,
                Kyiv Oblast,place,KIEV,
                """);
        StringWriter err = new StringWriter();
        CommandLine commandLine = Broadsheet.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute("index", "--corpus", corpus.root().toString(), "--index", index.toString());
        assertEquals(Broadsheet.FATAL, exit);
        assertTrue(err.toString().contains("line 3: 'KIEV' of Kyiv Oblast is already a name of Kyiv (line 2)"),
                err.toString());
        assertTrue(!Files.exists(index) || Arrays.stream(index.toFile().list()).noneMatch(f -> f.startsWith("segments")),
                "no index written");
    }

    private List<String> entityNames(String path) throws IOException {
        return IndexedCorpus.article(index, path).orElseThrow().entities().stream().map(ArticleEntity::name).toList();
    }

    private static Map<String, Integer> counts(FacetResult result) {
        return Arrays.stream(result.labelValues).collect(Collectors.toMap(lv -> lv.label, lv -> lv.value.intValue()));
    }
}
