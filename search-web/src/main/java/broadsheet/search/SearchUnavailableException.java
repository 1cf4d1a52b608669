package broadsheet.search;

import java.time.Duration;

/**
 * A search the archive cannot answer now, though it may later: the server is busy, or the search ran out
 * of time; the message says which (HTTP 503).
 */
public final class SearchUnavailableException extends RuntimeException {

    private SearchUnavailableException(String message) {
        super(message);
    }

    static SearchUnavailableException busy() {
        return new SearchUnavailableException("the server is busy; try again in a moment");
    }

    static SearchUnavailableException outOfTime(Duration budget) {
        return new SearchUnavailableException("the search took longer than " + budget.toMillis()
                + " ms and was stopped; try fewer or more precise terms, or try again later");
    }
}
