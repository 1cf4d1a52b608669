package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import java.io.IOException;
import java.util.Optional;

/** The archive in the local Lucene index, kept up to date with its folder by a {@link LiveIndex}. */
public final class LocalArchive implements Archive {

    private final LiveIndex index;
    private final ArchiveSearch search;
    private final ArticlePages articles;

    /** Searches in which a known entity named in any spelling finds the articles that name it in any spelling. */
    public LocalArchive(LiveIndex index, KnowledgeBase knowledgeBase) {
        this.index = index;
        this.search = new ArchiveSearch(index, knowledgeBase);
        this.articles = new ArticlePages(index, knowledgeBase);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return search.search(request);
    }

    @Override
    public Optional<ArticlePage> article(String id, String query) throws IOException {
        return articles.article(id, query);
    }

    @Override
    public String version() throws IOException {
        return index.version();
    }

    @Override
    public long documents() throws IOException {
        return search.documents();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
