package broadsheet.index;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.apache.solr.common.SolrException;

/** What went wrong in a request to SolrCloud, in the few words a one-line message has room for. */
public final class SolrFailure {

    private SolrFailure() {}

    /** What went wrong, in words: Solr's own answer, or what the network said. */
    public static String reason(Exception e) {
        if (e instanceof SolrException solr) {
            return "Solr answered " + solr.code() + ": " + firstLine(solr.getMessage());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "cannot connect (" + firstLine(cause.getMessage()) + ")";
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer in time (" + firstLine(cause.getMessage()) + ")";
            }
        }
        String message = firstLine(e.getMessage());
        // SolrJ's words when no node answers at all, which suggest re-creating a client
        return message.startsWith("Failed fetching live_nodes") ? "none of the nodes answers" : message;
    }

    /** The first line of a message, which for Solr's answers is the one that says what happened. */
    public static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("").strip();
    }
}
