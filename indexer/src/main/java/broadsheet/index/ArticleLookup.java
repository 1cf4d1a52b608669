package broadsheet.index;

import broadsheet.corpus.Corpus;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Finds one stored article by its id or by its file's path. */
public final class ArticleLookup {

    private ArticleLookup() {}

    public static Optional<Article> byId(IndexReader reader, String id) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(new TermQuery(ArticleSchema.idTerm(id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(ArticleSchema.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
    }

    /**
     * {@code pathOrId} may be a path as given on the command line, a path relative to the corpus
     * ({@code articles/...}), or an id.
     */
    public static Optional<Article> find(IndexReader reader, Corpus corpus, String pathOrId) throws IOException {
        Path asGiven = Path.of(pathOrId);
        if (Files.isRegularFile(asGiven)) {
            Optional<Article> found = byId(reader, Corpus.idOf(corpus.relativePath(asGiven)));
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<Article> byRelativePath = byId(reader, Corpus.idOf(pathOrId.replace('\\', '/')));
        return byRelativePath.isPresent() ? byRelativePath : byId(reader, pathOrId);
    }
}
