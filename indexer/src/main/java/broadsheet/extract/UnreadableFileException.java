package broadsheet.extract;

/** A file that cannot become an article; the message is the reason shown to the archivist. */
public final class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
