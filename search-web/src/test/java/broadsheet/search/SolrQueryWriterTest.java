package broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.knowledge.KnownEntity;
import broadsheet.schema.Fields;
import broadsheet.schema.NewsAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;

/** Broadsheet's queries in Solr's syntax, with their terms as they are, in parameters of their own. */
class SolrQueryWriterTest {

    private final ModifiableSolrParams params = new ModifiableSolrParams();
    private final SolrQueryWriter writer = new SolrQueryWriter(params);

    @Test
    void eachClauseKeepsItsOccurAndItsBoost() {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, "zelenskyy")), 3f), Occur.MUST)
                .add(new TermQuery(new Term(Fields.BODY, "guarantee")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.BODY, "ceasefire")), Occur.MUST_NOT)
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .build();
        assertEquals("(+(({!term f=title v=$bs1})^3.0) ({!term f=body v=$bs2}) -({!term f=body v=$bs3}) +filter(*:*))",
                writer.write(query));
        assertEquals(List.of("zelenskyy", "guarantee", "ceasefire"),
                List.of(params.get("bs1"), params.get("bs2"), params.get("bs3")));
    }

    @Test
    void aReadersExclusionIsAnythingButTheWord() {
        // SimpleQueryParser's -word is a clause of its own: anything (*:*) but the word, in title or body
        String written = writer.write(new ArticleQueryParser(new NewsAnalyzer(), Occur.MUST, KnowledgeBase.empty())
                .parse("Zelenskyy's -ceasefire"));
        assertTrue(written.matches("\\(\\+\\(.*\\) \\+\\(\\(-\\(.*\\) \\(\\*:\\*\\)\\)\\)\\)"), written);
        assertEquals(List.of("zelenskyy", "zelenskyy", "ceasefire", "ceasefire"),
                List.of(params.get("bs1"), params.get("bs2"), params.get("bs3"), params.get("bs4")));
    }

    @Test
    void anEntitysDrillDownTermIsItsNameInItsFacetsFieldScoringOne() throws IOException {
        KnowledgeBase knowledge = CorpusKnowledge.load(new Corpus(SolrArchives.CORPUS)).entities();
        String written = writer.write(new ArticleQueryParser(new NewsAnalyzer(), Occur.SHOULD, knowledge).parse("Zelensky"));
        assertTrue(written.startsWith("((({!term f=person v=$bs1})^=1.0) "), written);
        assertEquals("Volodymyr Zelenskyy", params.get("bs1"));
    }

    @Test
    void aPhraseKeepsTheGapsOfItsStopWordsAndItsSlop() {
        PhraseQuery phrase = new PhraseQuery.Builder().add(new Term(Fields.BODY, "security"), 0)
                .add(new Term(Fields.BODY, "ukraine"), 2).setSlop(3).build();
        assertEquals("body:\"security the ukraine\"~3", writer.write(phrase));
    }

    /** Every name the bundled corpus knows is a phrase Solr's analysis makes again exactly. */
    @Test
    void everyKnownNameIsAPhraseSolrFindsExactly() throws IOException {
        KnowledgeBase knowledge = CorpusKnowledge.load(new Corpus(SolrArchives.CORPUS)).entities();
        ArticleQueryParser parser = new ArticleQueryParser(new NewsAnalyzer(), Occur.SHOULD, knowledge);
        List<String> names = new ArrayList<>();
        for (KnownEntity entity : knowledge.entities()) {
            names.addAll(entity.names());
        }
        for (String name : names) {
            writer.write(parser.parse("\"" + name + "\"")); // throws for a phrase it cannot write exactly
        }
    }

    @Test
    void aBooleanWithNothingThatCanMatchMatchesNothing() {
        BooleanQuery onlyNegations = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.BODY, "trump")), Occur.MUST_NOT).build();
        assertEquals(SolrQueryWriter.NOTHING, writer.write(onlyNegations));
        assertEquals(SolrQueryWriter.NOTHING, writer.write(new BooleanQuery.Builder().build()));
    }

    @Test
    void aKindOfQueryBroadsheetDoesNotBuildIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(new WildcardQuery(new Term(Fields.BODY, "gu?rantee"))));
    }

}
