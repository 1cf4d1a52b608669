package broadsheet.index;

import java.io.IOException;

/** The index folder holds an index this version of Broadsheet cannot read; a full rebuild replaces it. */
public final class UnreadableIndexException extends IOException {
    public UnreadableIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
