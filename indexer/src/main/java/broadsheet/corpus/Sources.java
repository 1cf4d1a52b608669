package broadsheet.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** sources.csv: per-file facts that win over anything found in the file itself. */
public final class Sources {

    private final Map<String, SourceRecord> byPath;

    private Sources(Map<String, SourceRecord> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static Sources none() {
        return new Sources(Map.of());
    }

    /** Reads the file; a corpus without one has no per-file facts. */
    public static Sources load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return none();
        }
        Map<String, SourceRecord> rows = new HashMap<>();
        for (CSVRecord row : CsvFiles.read(file, "path")) {
            String path = CsvFiles.cell(row, "path");
            if (path == null) {
                throw new IOException(file + " line " + (row.getRecordNumber() + 1) + ": empty path");
            }
            rows.put(path, new SourceRecord(path, CsvFiles.cell(row, "outlet"), CsvFiles.cell(row, "url"),
                    CsvFiles.cell(row, "date"), CsvFiles.cell(row, "title")));
        }
        return new Sources(rows);
    }

    public SourceRecord forPath(String relativePath) {
        return byPath.getOrDefault(relativePath, SourceRecord.UNKNOWN);
    }
}
