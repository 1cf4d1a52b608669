package broadsheet.search;

import java.io.IOException;

/**
 * Results for the correction of a misspelt query instead of the query as typed, as a search engine's "Showing results
 * for …": when hardly any article has all the words as typed (none, or fewer than {@link #FEW}) and the correction
 * ({@link SearchResult#suggestion()}) finds many times more. A reader can still ask for the query as typed; a page
 * of a cursor stays with the query its cursor was made for.
 */
final class CorrectedSearch {

    /** Fewer articles with all the words than this is hardly any. */
    static final int FEW = 5;

    /** One search, as an engine runs it, with no correction. */
    @FunctionalInterface
    interface Search {
        SearchResult run(SearchRequest request) throws IOException;
    }

    private CorrectedSearch() {}

    static SearchResult of(SearchRequest request, Search search) throws IOException {
        SearchResult typed = search.run(request);
        if (typed.suggestion() == null || request.asTyped() || request.cursor() != null) {
            return typed;
        }
        boolean fellBack = !typed.match().equals(request.match().label());
        if (!fellBack && typed.total() >= FEW) {
            return typed;
        }
        SearchResult corrected = search.run(request.withQuery(typed.suggestion()));
        boolean better = corrected.match().equals(request.match().label())
                && (fellBack || corrected.total() >= (long) SpellingCorrection.MORE_FREQUENT * Math.max(1, typed.total()));
        return better ? corrected.correcting(request.query()) : typed;
    }
}
