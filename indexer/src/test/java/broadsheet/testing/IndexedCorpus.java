package broadsheet.testing;

import broadsheet.index.ArticleLookup;
import broadsheet.schema.Article;
import broadsheet.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Reads back what an index holds, for assertions. */
public final class IndexedCorpus {

    private IndexedCorpus() {}

    public static Optional<Article> article(Path index, String relativePath) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return ArticleLookup.byId(reader, Corpus.idOf(relativePath));
        }
    }

    public static int documents(Path index) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return reader.numDocs();
        }
    }
}
