package broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.cli.IndexCommand;
import broadsheet.corpus.Corpus;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Fields;
import broadsheet.schema.NewsAnalyzer;
import broadsheet.testing.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query naming an entity in any spelling finds what any spelling of it finds, ranked alike. */
class AliasAwareSearchTest {

    @TempDir
    static Path temp;

    static KnowledgeBase knowledgeBase;
    static Path index;
    static DirectoryReader reader;

    @BeforeAll
    static void indexArticlesSpellingZelenskyyFourWays() throws IOException {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        Files.writeString(corpus.root().resolve(Corpus.ENTITIES), """
                name,type,aliases,description
                Volodymyr Zelenskyy,person,Zelenskyy|Zelensky|Zelenskiy,
                United States,place,US|U.S.,
                """);
        corpus.text("zelensky.txt", "Zelensky asks allies for security guarantees\n\nZelensky said security "
                + "guarantees must come before any ceasefire.");
        corpus.text("zelenskiy.txt", "Kyiv talks\n\nPresident Volodymyr Zelenskiy met envoys in Kyiv on Tuesday.");
        corpus.text("zelenskyy.txt", "Minerals deal\n\nZelenskyy signed the minerals deal; guarantees were left out.");
        corpus.text("misspelt.txt", "A reader writes\n\nFurthermore Zelenskyyyy is no leader the US should assist "
                + "without security guarantees.");
        corpus.text("guarantees.txt", "Europe debates\n\nEuropean leaders debated security guarantees for Ukraine.");
        corpus.text("us.txt", "Letters\n\nLet us talk about grain exports from Odesa.");
        index = temp.resolve("index");
        CorpusKnowledge knowledge = corpus.knowledge();
        IndexCommand.run(IndexRequest.defaults(corpus.root(), index), knowledge, Progress.SILENT);
        knowledgeBase = knowledge.entities();
        reader = DirectoryReader.open(FSDirectory.open(index));
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    /** The paths of the hits, best first. */
    private static List<String> search(String query, Occur operator) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        ArticleQueryParser parser = new ArticleQueryParser(new NewsAnalyzer(), operator, knowledgeBase);
        List<String> paths = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(parser.parse(query), 10).scoreDocs) {
            paths.add(searcher.storedFields().document(hit.doc).get(Fields.PATH).replace("articles/", ""));
        }
        return paths;
    }

    @Test
    void everySpellingOfANameFindsTheSameArticlesInTheSameOrder() throws IOException {
        for (Occur operator : List.of(Occur.SHOULD, Occur.MUST)) {
            List<String> zelensky = search("Zelensky security guarantees", operator);
            assertEquals(zelensky, search("Zelenskiy security guarantees", operator), operator.toString());
            assertEquals(zelensky, search("Zelenskyy security guarantees", operator), operator.toString());
            assertEquals(zelensky, search("zelenskyy security guarantees", operator), operator.toString());
        }
    }

    @Test
    void aNameFindsEveryArticleNamingTheEntityHoweverItIsSpelt() throws IOException {
        assertEquals(List.of("misspelt.txt", "zelenskiy.txt", "zelensky.txt", "zelenskyy.txt"),
                search("Zelenskiy", Occur.SHOULD).stream().sorted().toList());
    }

    @Test
    void aFullNameTypedWithoutQuotesIsTheEntity() throws IOException {
        assertEquals(search("Zelensky", Occur.MUST), search("Volodymyr Zelenskyy", Occur.MUST));
        assertEquals(search("Zelensky", Occur.MUST), search("\"Volodymyr Zelenskyy\"", Occur.MUST));
    }

    @Test
    void ordinaryWordsStillMatchAndRankAsFullText() throws IOException {
        List<String> any = search("Zelensky security guarantees", Occur.SHOULD);
        assertTrue(any.contains("guarantees.txt"), any.toString());
        assertEquals("zelensky.txt", any.getFirst(), any.toString());
        List<String> all = search("Zelensky security guarantees", Occur.MUST);
        assertEquals(List.of("misspelt.txt", "zelensky.txt"), all.stream().sorted().toList());
    }

    @Test
    void theArchiveSearchOfTheWebExpandsNamesAlike() throws IOException {
        try (LiveIndex live = new LiveIndex(index, Duration.ofSeconds(30))) {
            ArchiveSearch search = new ArchiveSearch(live, knowledgeBase);
            List<String> zelensky = search.search(SearchRequest.of("Zelensky security guarantees")).hits().stream()
                    .map(hit -> hit.summary().id()).toList();
            List<String> zelenskiy = search.search(SearchRequest.of("Zelenskiy security guarantees")).hits().stream()
                    .map(hit -> hit.summary().id()).toList();
            assertEquals(zelensky, zelenskiy);
            assertTrue(zelensky.contains(Corpus.idOf("articles/misspelt.txt")), zelensky.toString());
        }
    }

    @Test
    void aShortAcronymInCapitalsIsTheEntityAndInLowerCaseAWord() throws IOException {
        assertEquals(List.of("misspelt.txt"), search("US", Occur.SHOULD));
        assertEquals(List.of("misspelt.txt", "us.txt"), search("us", Occur.SHOULD).stream().sorted().toList());
    }
}
