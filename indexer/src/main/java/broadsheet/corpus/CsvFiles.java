package broadsheet.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
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

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private CsvFiles() {}

    public static List<CSVRecord> read(Path file, String... requiredColumns) throws IOException {
        return parse(file, Files.readAllBytes(file), requiredColumns);
    }

    /** The records of {@code content}, as read from {@code file} (which messages name). */
    public static List<CSVRecord> parse(Path file, byte[] content, String... requiredColumns) throws IOException {
        try (Reader reader = new StringReader(text(file, content)); var parser = FORMAT.parse(reader)) {
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

    /**
     * The file's text. UTF-8, decoded strictly: a spreadsheet saved in another encoding would otherwise be read with
     * its accented names quietly garbled. The byte-order mark that Excel writes at the start is not text.
     */
    private static String text(Path file, byte[] content) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        if (content.length >= BYTE_ORDER_MARK.length && Arrays.equals(content, 0, BYTE_ORDER_MARK.length,
                BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length)) {
            bytes.position(BYTE_ORDER_MARK.length);
        }
        CharBuffer text = CharBuffer.allocate(content.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (utf8.decode(bytes, text, true).isError()) {
            long line = 1 + IntStream.range(0, bytes.position()).filter(i -> content[i] == '\n').count();
            throw new IOException(file + ": not UTF-8 text (line " + line + " has bytes that are not); save it as"
                    + " \"CSV UTF-8\"");
        }
        return text.flip().toString();
    }

    public static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
