package broadsheet.index;

import java.io.IOException;

/** There is no index where a reading command looks: the message says where, and how to make one. */
public final class MissingIndexException extends IOException {
    public MissingIndexException(String message) {
        super(message);
    }
}
