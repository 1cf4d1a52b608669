package broadsheet.index;

import java.time.Duration;
import java.util.List;

/** What an index run did. {@code indexed} counts new files, {@code updated} changed ones. */
public record IndexReport(
        int indexed,
        int updated,
        int deleted,
        int unchanged,
        List<FileProblem> skipped,
        List<FileProblem> warnings,
        int documents,
        long bytesParsed,
        Duration elapsed) {

    public IndexReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public boolean complete() {
        return skipped.isEmpty();
    }
}
