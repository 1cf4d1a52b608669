package broadsheet.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the corpus's CSV files: a header row, then one record a line; blank cells become null. */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CsvFiles() {}

    public static List<CSVRecord> read(Path file, String... requiredColumns) throws IOException {
        return parse(file, Files.readAllBytes(file), requiredColumns);
    }

    /** The records of {@code content}, as read from {@code file} (which messages name). */
    public static List<CSVRecord> parse(Path file, byte[] content, String... requiredColumns) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                var parser = FORMAT.parse(reader)) {
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IOException(file + ": missing column '" + column + "' in the header");
                }
            }
            return parser.getRecords();
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": not valid CSV: " + e.getMessage(), e);
        }
    }

    public static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
