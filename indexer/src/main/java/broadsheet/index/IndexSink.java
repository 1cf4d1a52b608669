package broadsheet.index;

import broadsheet.schema.Article;
import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where an index run's documents go: the local Lucene index ({@link LocalSink}) or a SolrCloud collection
 * ({@link SolrSink}). The run (walk, extract, enrich, compare hashes, delete what vanished, report) is the same for
 * both; a sink writes, and makes the run's work visible to readers all at once at {@link #commit}, or never. The run's
 * worker threads call it at once.
 */
interface IndexSink extends Closeable {

    /** The content hash of every article readers see now, by id. */
    Map<String, String> hashesById() throws IOException;

    /** What the commit readers see now recorded beside the documents; {@link CommitData#NONE} for a new index. */
    CommitData commitData() throws IOException;

    /**
     * Writes the documents of a batch of articles, each replacing the document of its id where {@code indexed} says
     * there is one. Returns the articles the index refused, by id, with what it said: a refusal skips that file
     * alone. Throws when the index cannot be written at all, which ends the run.
     */
    Map<String, Exception> write(List<Article> articles, Predicate<String> indexed) throws IOException;

    void delete(Collection<String> ids) throws IOException;

    /**
     * How many articles hold each paragraph key ({@link broadsheet.furniture.Furniture#keys}) that at least
     * {@code fewest} hold, counting what this run has written: the whole archive as the commit will show it. On
     * SolrCloud, which counts only what is committed, this commits first (see {@link SolrSink#paragraphCounts}).
     */
    Map<String, Integer> paragraphCounts(int fewest) throws IOException;

    /**
     * Every article, as stored (the run's writes included), that holds any of these paragraph keys or has furniture
     * set aside, handed on a page at a time.
     */
    void forEachFurnished(Set<String> keys, Pages action) throws IOException;

    /** What is done with each page of {@link #forEachFurnished}. */
    interface Pages {
        void accept(List<Article> page) throws IOException;
    }

    /** Makes the run's work visible to readers, all of it at once, with what the run records beside the documents. */
    void commit(CommitData data) throws IOException;

    /** How many documents readers see, once the run is committed. */
    int documents() throws IOException;

    /**
     * Undoes what the run wrote, so that readers go on seeing the last complete run. Best effort: what cannot be
     * undone is added to {@code failure}, and the next run completes the work.
     */
    void abandon(Exception failure);

    /** A failure of the run in a message that names the index and says what became of it. */
    IOException failed(IOException failure);
}
