package broadsheet.search;

import java.time.Duration;

/**
 * A search the archive cannot answer now, though it may later: the server is busy, the search ran out of time,
 * or the engine behind it (SolrCloud) is down or cannot be reached; the message says which (HTTP 503).
 */
public final class SearchUnavailableException extends RuntimeException {

    private SearchUnavailableException(String message) {
        super(message);
    }

    static SearchUnavailableException busy() {
        return new SearchUnavailableException("the server is busy; try again in a moment");
    }

    /** The engine is down, unreachable or refusing: {@code what} says which, in a reader's words. */
    static SearchUnavailableException engineDown(String what) {
        return new SearchUnavailableException("the search engine " + what + "; try again in a moment");
    }

    static SearchUnavailableException outOfTime(Duration budget) {
        return new SearchUnavailableException("the search took longer than " + budget.toMillis()
                + " ms and was stopped; try fewer or more precise terms, or try again later");
    }
}
