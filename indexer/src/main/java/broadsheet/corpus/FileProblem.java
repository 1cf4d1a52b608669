package broadsheet.corpus;

/**
 * A file with something to say about it: why it was skipped, or what was doubtful in it. The message says it in
 * words an archivist can act on; the detail, where there is one, is the technical reason behind it (a parser's
 * own words), which {@code index --verbose} shows.
 */
public record FileProblem(String path, String message, String detail) {

    public FileProblem(String path, String message) {
        this(path, message, null);
    }

    /** One line, whatever the file's name holds. */
    @Override
    public String toString() {
        return PrintedText.of(path + ": " + message);
    }
}
