package broadsheet.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Opens the index for the read-only commands, with a useful message when there is none. */
final class IndexReaders {

    private IndexReaders() {}

    static DirectoryReader open(Path index) throws IOException {
        FSDirectory directory = FSDirectory.open(index);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no index at " + index + " (run: broadsheet index)");
        }
        return DirectoryReader.open(directory);
    }
}
