package broadsheet.search;

import broadsheet.index.SolrCollection;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.NewsAnalyzer;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * The archive in a SolrCloud collection (an alias Broadsheet keeps, see {@link LiveCollection}), searched with the
 * same query code, facets, passages and spelling as the local index, so that pages and the API answer the same on
 * either engine: the same totals, facet counts, hits, scores (within float rounding), snippets and marked pages.
 *
 * <p>Where Solr cannot do exactly what the local index does (each is said where it happens):
 * <ul>
 *   <li>prefix and fuzzy terms find the same articles but rank them otherwise ({@link SolrQueryWriter});
 *   <li>MoreLikeThis picks its terms on each shard, so related coverage is alike, not the same
 *       ({@link SolrArticlePages});
 *   <li>did-you-mean is asked of each shard's terms, so a word whose neighbours rank differently across shards may
 *       get another correction ({@link SolrSpellingDictionary});
 *   <li>an outlet's or entity's top list may end with another value of the same count when very many values tie
 *       at its end across shards ({@link SolrFacets});
 *   <li>a quoted phrase whose terms Solr's analysis would not find again as typed is a 400 ({@link SolrQueryWriter};
 *       none of the bundled corpus' known names is one).
 * </ul>
 */
public final class SolrArchive implements Archive {

    /**
     * How long one request to the cluster may take: many times what a search of a healthy cluster takes, short enough
     * that a reader with a node down or stuck hears so soon.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How often the collection is looked at for a commit or an alias switch. */
    public static final Duration REFRESH = Duration.ofSeconds(1);

    private final LiveCollection collection;
    private final SolrSearch search;
    private final SolrArticlePages articles;

    public SolrArchive(SolrCollection where, KnowledgeBase knowledgeBase) throws IOException {
        this(where, knowledgeBase, TIMEOUT, REFRESH);
    }

    /**
     * The archive in the collection {@code where}, looked at every {@code refreshEvery}, each request to the cluster
     * bounded by {@code timeout}.
     *
     * @throws MissingCollectionException when the cluster has no collection or alias of that name
     * @throws IOException when the cluster cannot be reached
     */
    public SolrArchive(SolrCollection where, KnowledgeBase knowledgeBase, Duration timeout, Duration refreshEvery)
            throws IOException {
        Analyzer analyzer = new NewsAnalyzer();
        this.collection = new LiveCollection(where, timeout, refreshEvery);
        this.search = new SolrSearch(collection, analyzer, knowledgeBase);
        this.articles = new SolrArticlePages(collection, analyzer, knowledgeBase);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return search.search(request);
    }

    @Override
    public Optional<ArticlePage> article(String id, String query) throws IOException {
        return articles.article(id, query);
    }

    /** Cheap: the view the background look last saw ({@link LiveCollection.View#version()}). */
    @Override
    public String version() {
        return collection.version();
    }

    @Override
    public long documents() {
        return collection.view().documents();
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
