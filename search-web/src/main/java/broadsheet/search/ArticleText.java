package broadsheet.search;

import broadsheet.schema.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;

/**
 * One article's body as an index of its own (a Lucene MemoryIndex, with offsets, analysed as the archive is), so that
 * {@link Passages} finds and marks the matches of an article another engine found exactly as it does in the local
 * index: the passages it picks and the way it writes them depend on the article alone, not on the rest of the index.
 */
final class ArticleText {

    /** The article's document in {@link #searcher}. */
    static final int DOC = 0;

    private ArticleText() {}

    static IndexSearcher searcher(String body, Analyzer analyzer) {
        MemoryIndex index = new MemoryIndex(true);
        index.addField(Fields.BODY, body == null ? "" : body, analyzer);
        return index.createSearcher();
    }
}
