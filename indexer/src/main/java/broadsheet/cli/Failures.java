package broadsheet.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A command's failure in one line an archivist can act on: what it was working on, and what is wrong. */
final class Failures {

    private Failures() {}

    static String describe(Throwable failure) {
        if (failure instanceof FileSystemException files) {
            // these carry only the path as their message; the reason is the exception's kind
            String where = files.getFile() + (files.getOtherFile() == null ? "" : " and " + files.getOtherFile());
            return where + ": " + reason(files);
        }
        if (failure instanceof IOException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return failure.toString();
    }

    private static String reason(FileSystemException failure) {
        return switch (failure) {
            case NoSuchFileException e -> "no such file or folder";
            case AccessDeniedException e -> "permission denied";
            case NotDirectoryException e -> "not a folder";
            case FileAlreadyExistsException e -> "exists, and is not a folder";
            case DirectoryNotEmptyException e -> "the folder is not empty";
            case FileSystemLoopException e -> "a link that leads back to itself";
            default -> failure.getReason() == null ? failure.getClass().getSimpleName() : failure.getReason();
        };
    }
}
