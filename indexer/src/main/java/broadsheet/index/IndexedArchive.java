package broadsheet.index;

import broadsheet.corpus.Corpus;
import broadsheet.schema.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an index holds, for the commands that read it ({@code verify}, {@code stats}, {@code inspect},
 * {@code entities}): the local Lucene index ({@link LocalIndexedArchive}) or a SolrCloud collection
 * ({@link SolrIndexedArchive}), in the same records either way, so that the commands print the same.
 */
public interface IndexedArchive extends Closeable {

    /** How messages name it: "the index at data/index". */
    String name();

    /** What is wrong with the index itself, whatever the corpus holds; empty when it is sound. */
    List<String> damage() throws IOException;

    /** The content hash of every article, by id. */
    Map<String, String> hashesById() throws IOException;

    /** What the last index run recorded beside the documents. */
    CommitData commitData() throws IOException;

    Optional<Article> byId(String id) throws IOException;

    IndexStats stats() throws IOException;

    /** Every article, in no particular order. */
    void forEachArticle(Consumer<Article> action) throws IOException;

    /**
     * {@code pathOrId} may be a path as given on the command line, a path relative to the corpus
     * ({@code articles/...}), or an id.
     */
    default Optional<Article> find(Corpus corpus, String pathOrId) throws IOException {
        Path asGiven = Path.of(pathOrId);
        if (Files.isRegularFile(asGiven)) {
            Optional<Article> found = byId(Corpus.idOf(corpus.relativePath(asGiven)));
            if (found.isPresent()) {
                return found;
            }
        }
        Optional<Article> byRelativePath = byId(Corpus.idOf(pathOrId.replace('\\', '/')));
        return byRelativePath.isPresent() ? byRelativePath : byId(pathOrId);
    }
}
