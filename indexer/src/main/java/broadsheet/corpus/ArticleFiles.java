package broadsheet.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * What a walk of {@code articles/} found: the files to read, in a stable order; the entries it would not or
 * could not read, with the reason (links out of the corpus, broken links, folders it may not open); and the paths
 * the ignore file leaves out.
 */
public record ArticleFiles(List<Path> files, List<FileProblem> skipped, List<String> ignored) {

    public ArticleFiles {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        ignored = List.copyOf(ignored);
    }
}
