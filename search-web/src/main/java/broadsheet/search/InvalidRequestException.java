package broadsheet.search;

/** A request the archive cannot answer as asked; the message says what to change (HTTP 400). */
public final class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
