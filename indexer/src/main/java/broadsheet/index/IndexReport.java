package broadsheet.index;

import broadsheet.corpus.FileProblem;
import java.time.Duration;
import java.util.List;

/**
 * What an index run did. {@code indexed} counts new files, {@code updated} changed ones; {@code ignored} holds the
 * paths the corpus's ignore file left out, which do not make a run incomplete; {@code revised} counts the articles
 * rewritten, whatever their files, because what of them is page furniture changed ({@link FurnitureRevision}).
 */
public record IndexReport(
        int indexed,
        int updated,
        int deleted,
        int unchanged,
        int revised,
        List<FileProblem> skipped,
        List<String> ignored,
        List<FileProblem> warnings,
        int documents,
        long bytesParsed,
        Duration elapsed) {

    public IndexReport {
        skipped = List.copyOf(skipped);
        ignored = List.copyOf(ignored);
        warnings = List.copyOf(warnings);
    }

    public boolean complete() {
        return skipped.isEmpty();
    }
}
