package broadsheet.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * The archive as the web app sees it, whichever engine holds it: the local Lucene index ({@link LocalArchive}) or a
 * SolrCloud collection ({@link SolrArchive}). Both answer with the same records, so that pages, feeds, exports and the
 * API do not know which one is behind them.
 *
 * <p>Every method may throw {@link InvalidRequestException} (the request cannot be answered as asked: a 400) and
 * {@link SearchUnavailableException} (the engine is busy, slow or down: a 503).
 */
public interface Archive extends Closeable {

    SearchResult search(SearchRequest request) throws IOException;

    /**
     * The article with this id, its body marked with the matches of {@code query} (may be blank), the entities it
     * names and related coverage; empty when no article has the id.
     */
    Optional<ArticlePage> article(String id, String query) throws IOException;

    /** Which view of the index searches see now: changes whenever an index run's work becomes visible. */
    String version() throws IOException;

    /** How many articles the archive holds. */
    long documents() throws IOException;
}
