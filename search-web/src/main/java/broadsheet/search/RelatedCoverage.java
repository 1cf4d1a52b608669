package broadsheet.search;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.ArticleSummary;
import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Articles like a given one (Lucene's MoreLikeThis on title and body), the best of each other outlet
 * first, so that a reader sees how others covered the story before more of the same outlet.
 */
final class RelatedCoverage {

    static final int SHOWN = 6;
    static final int CANDIDATES = 40;
    /** The terms that make articles alike: found twice in the article and in two articles at least, the 30 best. */
    static final int MIN_TERM_FREQUENCY = MoreLikeThis.DEFAULT_MIN_TERM_FREQ;
    static final int MIN_DOC_FREQUENCY = 2;
    static final int MAX_QUERY_TERMS = 30;
    /** What a related article is shown with. */
    static final Set<String> FIELDS =
            Set.of(Fields.ID, Fields.PATH, Fields.TITLE, Fields.URL, Fields.OUTLET, Fields.BIAS, Fields.DATE);

    private final Analyzer analyzer;

    RelatedCoverage(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<ArticleSummary> of(IndexSearcher searcher, int doc, Article article) throws IOException {
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setAnalyzer(analyzer);
        like.setFieldNames(new String[] {Fields.TITLE, Fields.BODY});
        like.setMinTermFreq(MIN_TERM_FREQUENCY);
        like.setMinDocFreq(MIN_DOC_FREQUENCY);
        like.setMaxQueryTerms(MAX_QUERY_TERMS);
        BooleanQuery query = new BooleanQuery.Builder()
                .add(like.like(doc), Occur.MUST)
                .add(new TermQuery(ArticleSchema.idTerm(article.id())), Occur.MUST_NOT)
                .build();
        StoredFields stored = searcher.storedFields();
        List<Article> candidates = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, CANDIDATES).scoreDocs) {
            candidates.add(ArticleSchema.fromDocument(stored.document(hit.doc, FIELDS)));
        }
        return otherOutletsFirst(article, candidates);
    }

    /**
     * The articles shown as related to {@code article}, of the {@value #CANDIDATES} most like it (best first,
     * whichever engine found them): the best of each other outlet first, then the best of the rest.
     */
    static List<ArticleSummary> otherOutletsFirst(Article article, List<Article> candidates) {
        List<Article> chosen = new ArrayList<>();
        Set<String> outletsShown = new HashSet<>();
        for (Article candidate : candidates) {
            if (chosen.size() < SHOWN && candidate.outlet() != null && !Objects.equals(candidate.outlet(), article.outlet())
                    && outletsShown.add(candidate.outlet())) {
                chosen.add(candidate);
            }
        }
        for (Article candidate : candidates) {
            if (chosen.size() < SHOWN && !chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen.stream().map(Listing::of).toList();
    }
}
