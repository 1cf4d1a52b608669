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
import java.util.function.Function;

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
     * ({@code articles/...}), either of them naming a record of a web archive ({@code articles/crawl.warc.gz#1234},
     * as the index names it), or an id.
     */
    default Optional<Article> find(Corpus corpus, String pathOrId) throws IOException {
        Optional<Article> found = findFile(corpus, pathOrId, Corpus::idOf);
        String file = Corpus.fileOf(pathOrId);
        if (found.isEmpty() && !file.equals(pathOrId)) {
            long offset = Long.parseLong(pathOrId.substring(file.length() + 1));
            found = findFile(corpus, file, path -> Corpus.idOf(path, offset));
        }
        return found.isPresent() ? found : byId(pathOrId);
    }

    /** The article of the file at {@code path}, as given or relative to the corpus, by the id {@code idOf} gives it. */
    private Optional<Article> findFile(Corpus corpus, String path, Function<String, String> idOf) throws IOException {
        Path asGiven = Path.of(path);
        if (Files.isRegularFile(asGiven)) {
            Optional<Article> found = byId(idOf.apply(corpus.relativePath(asGiven)));
            if (found.isPresent()) {
                return found;
            }
        }
        return byId(idOf.apply(path.replace('\\', '/')));
    }
}
