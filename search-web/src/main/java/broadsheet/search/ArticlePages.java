package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.NewsAnalyzer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** One article of the archive as its page shows it: the text marked, the entities named, related coverage. */
public final class ArticlePages {

    private final LiveIndex index;
    private final Function<Occur, ArticleQueryParser> parsers;
    private final Passages passages;
    private final RelatedCoverage related;

    public ArticlePages(LiveIndex index) {
        this(index, KnowledgeBase.empty());
    }

    /** Pages on which a known entity named in the query is marked in any of its spellings. */
    public ArticlePages(LiveIndex index, KnowledgeBase knowledgeBase) {
        Analyzer analyzer = new NewsAnalyzer();
        this.index = index;
        this.parsers = operator -> new ArticleQueryParser(analyzer, operator, knowledgeBase);
        this.passages = new Passages(analyzer);
        this.related = new RelatedCoverage(analyzer);
    }

    /**
     * The article with this id, its body marked with the matches of {@code query} (may be blank) and the
     * entities it names, and related coverage; empty when no article has the id.
     */
    public Optional<ArticlePage> article(String id, String query) throws IOException {
        RankedQuery marking = RankedQuery.of(query, parsers);
        return index.search(marking, searcher -> {
            TopDocs found = searcher.search(new TermQuery(ArticleSchema.idTerm(id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = found.scoreDocs[0].doc;
            Article article = ArticleSchema.fromDocument(searcher.storedFields().document(doc));
            List<Passages.Match> matches = query.isBlank()
                    ? List.of() : passages.matches(searcher, marking.matching(), doc, article.rankedBody());
            return Optional.of(ArticlePage.of(article, matches, related.of(searcher, doc, article)));
        });
    }
}
