package broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Opens the index for the read-only commands, with a useful message when there is none, creating nothing. */
final class IndexReaders {

    private IndexReaders() {}

    static DirectoryReader open(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            // FSDirectory would create the folder: a mistyped --index must not leave one behind
            throw new IOException("no index at " + index + " (run: broadsheet index)");
        }
        FSDirectory directory = FSDirectory.open(index);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no index at " + index + " (run: broadsheet index)");
        }
        return DirectoryReader.open(directory);
    }
}
