package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSummary;
import broadsheet.schema.Fields;
import broadsheet.schema.SolrDocuments;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * One article of the collection as its page shows it, as {@link ArticlePages} shows it from the local index: the text
 * marked by {@link Passages} (on the article's own {@link ArticleText}), the entities named, and related coverage from
 * Solr's MoreLikeThis, other outlets first ({@link RelatedCoverage#otherOutletsFirst}). Solr's MoreLikeThis on
 * SolrCloud picks the terms that make articles alike on each shard, from that shard's frequencies, so related coverage
 * may differ a little from the local index's.
 */
final class SolrArticlePages {

    private final LiveCollection collection;
    private final Analyzer analyzer;
    private final Function<Occur, ArticleQueryParser> parsers;
    private final Passages passages;

    SolrArticlePages(LiveCollection collection, Analyzer analyzer, KnowledgeBase knowledgeBase) {
        this.collection = collection;
        this.analyzer = analyzer;
        this.parsers = operator -> new ArticleQueryParser(analyzer, operator, knowledgeBase);
        this.passages = new Passages(analyzer);
    }

    Optional<ArticlePage> article(String id, String query) throws IOException {
        RankedQuery marking = RankedQuery.of(query, parsers);
        ModifiableSolrParams params = new ModifiableSolrParams().set(CommonParams.ROWS, 1);
        params.set(CommonParams.Q, new SolrQueryWriter(params).term(Fields.ID, id));
        SolrDocumentList found = collection.query(params).getResults();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = SolrDocuments.fromDocument(found.getFirst());
        List<Passages.Match> matches = query.isBlank() ? List.of()
                : passages.matches(ArticleText.searcher(article.rankedBody(), analyzer), marking.matching(),
                        ArticleText.DOC, article.rankedBody());
        return Optional.of(ArticlePage.of(article, matches, related(article)));
    }

    private List<ArticleSummary> related(Article article) {
        ModifiableSolrParams params = new ModifiableSolrParams()
                .set(CommonParams.ROWS, RelatedCoverage.CANDIDATES)
                .set(CommonParams.FL, String.join(",", RelatedCoverage.FIELDS));
        // Solr's MoreLikeThis leaves the article itself out, as the local query does with its id
        String id = new SolrQueryWriter(params).parameter(article.id());
        params.set(CommonParams.Q, "{!mlt qf=" + Fields.TITLE + "," + Fields.BODY
                + " mintf=" + RelatedCoverage.MIN_TERM_FREQUENCY + " mindf=" + RelatedCoverage.MIN_DOC_FREQUENCY
                + " maxqt=" + RelatedCoverage.MAX_QUERY_TERMS + " v=" + id + "}");
        List<Article> candidates =
                collection.query(params).getResults().stream().map(SolrDocuments::fromDocument).toList();
        return RelatedCoverage.otherOutletsFirst(article, candidates);
    }
}
