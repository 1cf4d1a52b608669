package broadsheet.testing;

import broadsheet.index.ArticleLookup;
import broadsheet.schema.Article;
import broadsheet.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/** Reads back what an index holds, for assertions. */
public final class IndexedCorpus {

    private IndexedCorpus() {}

    public static Optional<Article> article(Path index, String relativePath) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return ArticleLookup.byId(reader, Corpus.idOf(relativePath));
        }
    }

    /** The files in the index folder that its last commit does not reference (the lock aside): none, after any run. */
    public static Set<String> filesBeyondTheLastCommit(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index)) {
            Set<String> files = new TreeSet<>(List.of(directory.listAll()));
            files.removeAll(SegmentInfos.readLatestCommit(directory).files(true));
            files.remove(IndexWriter.WRITE_LOCK_NAME);
            return files;
        }
    }

    public static int documents(Path index) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            return reader.numDocs();
        }
    }
}
