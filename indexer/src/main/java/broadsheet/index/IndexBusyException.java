package broadsheet.index;

import java.io.IOException;

/** Another process is writing the same index. */
public final class IndexBusyException extends IOException {
    public IndexBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
