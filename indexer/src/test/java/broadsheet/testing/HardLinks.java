package broadsheet.testing;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus's files shared with a slice of it. Hard links rather than symbolic ones, which the indexer refuses to
 * follow out of a corpus; a copy where the slice is on another file system, or one without hard links.
 */
public final class HardLinks {

    private HardLinks() {}

    public static void linkOrCopy(Path file, Path link) throws IOException {
        Files.createDirectories(link.toAbsolutePath().getParent());
        try {
            Files.createLink(link, file);
        } catch (FileSystemException | UnsupportedOperationException e) {
            Files.copy(file, link);
        }
    }
}
