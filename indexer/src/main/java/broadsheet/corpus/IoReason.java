package broadsheet.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** What an I/O failure says, in the system's words rather than Java's: "permission denied (data/index)". */
public final class IoReason {

    private IoReason() {}

    public static String of(IOException failure) {
        if (failure instanceof FileSystemException fs) {
            String reason = failure instanceof AccessDeniedException ? "permission denied"
                    : fs.getReason() != null ? fs.getReason() : failure.getClass().getSimpleName();
            return fs.getFile() == null ? reason : reason + " (" + fs.getFile() + ")";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
