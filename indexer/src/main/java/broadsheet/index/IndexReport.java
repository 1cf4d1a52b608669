package broadsheet.index;

import broadsheet.corpus.FileProblem;
import broadsheet.extract.WebArchive.PassedOver;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an index run did. {@code indexed} counts new files, {@code updated} changed ones; {@code ignored} holds the
 * paths the corpus's ignore file left out, which do not make a run incomplete; {@code revised} counts the articles
 * rewritten, whatever their files, because what of them is page furniture changed ({@link FurnitureRevision});
 * {@code passedOver} counts the records of the web archives read that are not articles, by why (a reason none had
 * is left out).
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
        Map<PassedOver, Integer> passedOver,
        int documents,
        long bytesParsed,
        Duration elapsed) {

    public IndexReport {
        skipped = List.copyOf(skipped);
        ignored = List.copyOf(ignored);
        warnings = List.copyOf(warnings);
        passedOver = Map.copyOf(passedOver);
    }

    public boolean complete() {
        return skipped.isEmpty();
    }
}
