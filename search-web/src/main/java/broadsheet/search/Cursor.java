package broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a search paged by cursor ({@code cursor=*}, then each answer's {@code next_cursor}) goes on: the tier of the
 * ranking it stopped in (with all the terms, then the rest; a date order has one) and the engine's mark of the last
 * hit in it, its sort values. A page starts after the mark in its sort order (score or date, then the article's id),
 * not at a number, so there is no depth limit and a refresh of the index between pages neither repeats nor skips an
 * article that kept its place. A cursor names the engine and carries a fingerprint of its search, so that one given
 * to another search or another engine is a bad request, not a wrong page.
 *
 * @param mark the engine's mark; empty at the start of a tier
 */
record Cursor(int tier, String mark) {

    /** The {@code cursor} value that starts paging. */
    static final String START = "*";

    private static final Cursor AT_START = new Cursor(0, "");
    private static final String SEPARATOR = "~";

    /** The engines, each with its own marks. */
    enum Engine { LUCENE, SOLR }

    /** The request's cursor read for {@code engine}; empty when the request pages by number. */
    static Optional<Cursor> of(SearchRequest request, Engine engine) {
        String text = request.cursor();
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals(START)) {
            return Optional.of(AT_START);
        }
        String[] parts = decode(text).split(SEPARATOR, 4);
        if (parts.length != 4 || !parts[1].matches("\\d") || !parts[0].equals(engine.name())) {
            throw notOurs();
        }
        if (!parts[2].equals(fingerprint(request))) {
            throw new InvalidRequestException("this " + SearchParameters.CURSOR + " belongs to another search (another"
                    + " query, filter or sort): start again with " + SearchParameters.CURSOR + "=" + START);
        }
        return Optional.of(new Cursor(Integer.parseInt(parts[1]), parts[3]));
    }

    boolean atStartOfTier() {
        return mark.isEmpty();
    }

    /** The {@code next_cursor} that goes on after this, for {@code request} on {@code engine}. */
    String text(SearchRequest request, Engine engine) {
        String plain = String.join(SEPARATOR, engine.name(), Integer.toString(tier), fingerprint(request), mark);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String text) {
        try {
            return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    private static InvalidRequestException notOurs() {
        return new InvalidRequestException(SearchParameters.CURSOR + " must be " + START
                + " or the next_cursor of an answer");
    }

    /**
     * What a page of the search depends on, apart from where it starts and its size: its query, filters, dates,
     * word match and sort, hashed with String's hash, which Java specifies, so that a cursor outlives a restart.
     */
    private static String fingerprint(SearchRequest request) {
        StringBuilder search = new StringBuilder(request.query());
        SearchRequest.FILTER_FACETS.forEach(facet -> search.append('\0').append(request.selected(facet)));
        search.append('\0').append(request.from() == null ? "" : request.from().iso())
                .append('\0').append(request.to() == null ? "" : request.to().iso())
                .append('\0').append(request.dating().label())
                .append('\0').append(request.match().label())
                .append('\0').append(request.sort().label());
        return Integer.toHexString(search.toString().hashCode());
    }
}
