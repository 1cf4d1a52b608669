package broadsheet.index;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Finds one stored article of the local index by its id. */
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
}
