package broadsheet.index;

import java.io.IOException;

/**
 * A SolrCloud collection Broadsheet will not write or read as asked: it has another schema than Broadsheet's, or a
 * full rebuild would need its name for an alias. The message says which collection, why, and what to do.
 */
public final class CollectionRefusedException extends IOException {
    public CollectionRefusedException(String message) {
        super(message);
    }
}
