package broadsheet.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

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
        // most of these carry only the path as their message: the reason is the exception's kind
        return switch (failure) {
            case AccessDeniedException e -> "permission denied";
            case NoSuchFileException e -> "no such file or folder";
            case NotDirectoryException e -> "not a folder";
            case FileAlreadyExistsException e -> "exists, and is not a folder";
            case DirectoryNotEmptyException e -> "the folder is not empty";
            case FileSystemLoopException e -> "a link that leads back to itself";
            case FileSystemException fs when fs.getReason() != null -> fs.getReason();
            case FileSystemException fs -> failure.getClass().getSimpleName();
            default -> failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        };
    }
}
