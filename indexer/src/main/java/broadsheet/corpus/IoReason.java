package broadsheet.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** What an I/O failure says, in the system's words rather than Java's: "permission denied (data/index)". */
public final class IoReason {

    private IoReason() {}

    public static String of(IOException failure) {
        String reason = withoutFile(failure);
        return failure instanceof FileSystemException fs && fs.getFile() != null ? reason + " (" + fs.getFile() + ")"
                : reason;
    }

    /** The reason alone, for a message that names the file already: "permission denied". */
    public static String withoutFile(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : failure.getClass().getSimpleName();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
