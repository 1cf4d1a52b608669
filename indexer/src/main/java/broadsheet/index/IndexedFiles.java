package broadsheet.index;

import broadsheet.corpus.Corpus;
import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The id and content hash of every live document, read from doc values without loading stored text; and which of
 * them are the articles of each web archive.
 */
final class IndexedFiles {

    private IndexedFiles() {}

    static Map<String, String> hashesById(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return hashesById(reader);
        }
    }

    /**
     * The ids of the articles that come from records of web archives, by the id of their file (see
     * {@link Corpus#idOf(String, long)}): what an archive had in the index, where the walk sees only the file.
     */
    static Map<String, List<String>> recordsByFile(Map<String, String> hashesById) {
        Map<String, List<String>> byFile = new HashMap<>();
        for (String id : hashesById.keySet()) {
            String file = Corpus.fileIdOf(id);
            if (!file.equals(id)) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(id);
            }
        }
        return byFile;
    }

    static Map<String, String> hashesById(IndexReader reader) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
            SortedDocValues contentHashes = leaf.reader().getSortedDocValues(Fields.CONTENT_HASH);
            if (ids == null || contentHashes == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && contentHashes.advanceExact(doc)) {
                    hashes.put(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                            contentHashes.lookupOrd(contentHashes.ordValue()).utf8ToString());
                }
            }
        }
        return hashes;
    }
}
