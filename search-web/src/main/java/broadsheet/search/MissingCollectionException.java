package broadsheet.search;

import broadsheet.index.SolrCollection;
import java.io.IOException;

/** The SolrCloud answers, but has neither a collection nor an alias of the archive's name: nothing is indexed there. */
public final class MissingCollectionException extends IOException {

    MissingCollectionException(SolrCollection where) {
        super("there is no collection " + where.name() + " on the SolrCloud at " + String.join(",", where.nodes()));
    }
}
