package broadsheet.index;

import static broadsheet.index.CaptionedCorpus.CAPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.Fields;
import broadsheet.schema.NewsAnalyzer;
import broadsheet.furniture.SetAside;
import broadsheet.testing.CommandRun;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.TestCorpus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same caption in many articles of an outlet is page furniture: kept in the stored body, but out of the ranked
 * text and the entities, found again when a later run adds the article that makes it frequent, and shown by
 * {@code stats} and {@code inspect}.
 */
class FurnitureTest {

    @TempDir
    Path temp;

    CaptionedCorpus captions;
    TestCorpus corpus;
    Path index;

    @BeforeEach
    void writeCorpus() throws Exception {
        captions = new CaptionedCorpus(temp.resolve("corpus"));
        corpus = captions.corpus;
        index = temp.resolve("index");
    }

    private IndexReport run(boolean full) throws Exception {
        var knowledge = corpus.knowledge();
        return new CorpusIndexer(knowledge, CorpusIndexer.allStages(knowledge), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), index).withFull(full), Progress.SILENT);
    }

    /** The articles a word, analysed as the body is, finds in the ranked body, by path. */
    private Set<String> found(String word) throws Exception {
        String term;
        try (TokenStream tokens = new NewsAnalyzer().tokenStream(Fields.BODY, word)) {
            CharTermAttribute text = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            assertTrue(tokens.incrementToken(), word);
            term = text.toString();
            tokens.end();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Set<String> paths = new TreeSet<>();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.BODY, term)), 100)
                    .scoreDocs) {
                paths.add(searcher.storedFields().document(hit.doc).get(Fields.PATH));
            }
            return paths;
        }
    }

    private Article article(String name) throws Exception {
        return IndexedCorpus.article(index, "articles/" + name).orElseThrow();
    }

    private static List<String> names(Article article) {
        return article.entities().stream().map(ArticleEntity::name).toList();
    }

    @Test
    void aCaptionInFiveArticlesOfAnOutletIsSetAsideFromRankingAndEntitiesButKeptInTheBody() throws Exception {
        for (int n = 1; n <= 5; n++) {
            captions.captioned(n);
        }
        run(true);
        assertEquals(Set.of("articles/story.json"), found("quillfeather"),
                "only the article about him is found by the caption's name");
        assertEquals(5, found("council").size(), "the rest of their text is ranked as before");
        Article captioned = article("c3.json");
        assertTrue(captioned.body().contains(CAPTION), captioned.body());
        assertEquals(1, captioned.furniture().size(), captioned.furniture().toString());
        SetAside paragraph = captioned.furniture().getFirst();
        assertEquals(CAPTION, captioned.body().substring(paragraph.start(), paragraph.end()));
        assertEquals(5, paragraph.articles());
        assertEquals(SetAside.Scope.OUTLET, paragraph.scope());
        assertFalse(captioned.rankedBody().contains("Quillfeather"), captioned.rankedBody());
        assertFalse(names(captioned).contains("Marvin Quillfeather"), names(captioned).toString());
        assertTrue(names(article("story.json")).contains("Marvin Quillfeather"), names(article("story.json")).toString());
    }

    @Test
    void anArticleThatMakesACaptionFrequentRevisesTheOlderOnes() throws Exception {
        for (int n = 1; n <= 4; n++) {
            captions.captioned(n);
        }
        IndexReport first = run(false);
        assertEquals(0, first.revised(), "four articles are not enough for furniture");
        assertEquals(5, found("quillfeather").size());
        assertTrue(names(article("c1.json")).contains("Marvin Quillfeather"), names(article("c1.json")).toString());

        captions.captioned(5);
        IndexReport second = run(false);
        assertEquals(1, second.indexed());
        assertEquals(5, second.unchanged(), "the story and the four older articles");
        assertEquals(5, second.revised(), "the four older articles and the new one");
        assertEquals(Set.of("articles/story.json"), found("quillfeather"));
        for (int n = 1; n <= 5; n++) {
            Article older = article("c" + n + ".json");
            assertEquals(1, older.furniture().size(), "c" + n);
            assertFalse(names(older).contains("Marvin Quillfeather"), names(older).toString());
        }
        assertEquals(0, run(false).revised(), "a run with nothing new revises nothing");
        assertTrue(IndexedCorpus.filesBeyondTheLastCommit(index).isEmpty());
    }

    @Test
    void furnitureNoLongerFrequentIsRankedAgain() throws Exception {
        for (int n = 1; n <= 5; n++) {
            captions.captioned(n);
        }
        run(false);
        java.nio.file.Files.delete(corpus.root().resolve("articles/c5.json"));
        IndexReport after = run(false);
        assertEquals(1, after.deleted());
        assertEquals(4, after.revised());
        assertEquals(5, found("quillfeather").size());
        assertTrue(article("c1.json").furniture().isEmpty());
    }

    @Test
    void statsAndInspectShowWhatWasSetAsideAndWhy() throws Exception {
        for (int n = 1; n <= 5; n++) {
            captions.captioned(n);
        }
        run(true);
        List<String> where = List.of("--corpus", corpus.root().toString(), "--index", index.toString());
        List<String> stats = new ArrayList<>(List.of("stats"));
        stats.addAll(where);
        CommandRun statsRun = CommandRun.of(stats.toArray(String[]::new));
        assertEquals(0, statsRun.exit(), statsRun.toString());
        long characters = 5L * CAPTION.length();
        assertTrue(statsRun.out().contains("5 paragraphs in 5 articles, " + characters + " characters"), statsRun.out());
        List<String> inspect = new ArrayList<>(List.of("inspect", "articles/c2.json"));
        inspect.addAll(where);
        CommandRun inspectRun = CommandRun.of(inspect.toArray(String[]::new));
        assertEquals(0, inspectRun.exit(), inspectRun.toString());
        assertTrue(inspectRun.out().contains("set aside as page furniture:\n    " + CAPTION
                + "\n      (repeated in 5 articles of the outlet)"), inspectRun.out());
    }
}
