package broadsheet.extract;

/**
 * A file that cannot become an article. The message is the reason shown to the archivist, in words about the
 * file; {@link #detail()} is the technical reason behind it, for {@code index --verbose}.
 */
public final class UnreadableFileException extends Exception {

    private static final int MAX_DETAIL = 300;

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The cause's own first line, and its root cause's where that adds something; null without a cause. */
    public String detail() {
        Throwable failure = getCause();
        if (failure == null) {
            return null;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = firstLine(failure);
        String inner = firstLine(root);
        String detail = outer.contains(inner) ? outer : outer + ": " + inner;
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + message.lines().findFirst().orElseThrow();
    }
}
