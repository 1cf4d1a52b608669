package broadsheet.search;

import broadsheet.schema.Bias;
import broadsheet.schema.Fields;
import broadsheet.schema.Labelled;
import broadsheet.schema.PublicationDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search as a reader asks for it. {@code filters} maps a facet ({@link #FILTER_FACETS}) to the values
 * chosen in it; dates are inclusive and may be partial ({@code 2016} means all of 2016). {@code match} says which
 * articles the words find; {@code asTyped}, whether the query is searched as typed even when a correction of its
 * spelling finds many more ({@link CorrectedSearch}). {@code cursor}, when not null, pages by {@link Cursor}
 * instead of by {@code page}.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, PublicationDate from,
        PublicationDate to, Dating dating, WordMatch match, boolean asTyped, SortOrder sort, int page, int size,
        int facetSize, String cursor) {

    /** Whether the articles' dates matter: any article, only dated ones, or only the undated ({@code dated}). */
    public enum Dating implements Labelled {
        ANY(""), DATED("yes"), UNDATED("no");

        private final String label;

        Dating(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * Which articles a query's words find: those with all of them (when none has, the search falls back to those
     * with any, the most words first), or those with any of them, ranked all the words first.
     */
    public enum WordMatch implements Labelled {
        ALL("all"), ANY("any");

        private final String label;

        WordMatch(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The value of {@link SearchParameters#AS_TYPED} that asks for it. */
    public static final String AS_TYPED = "yes";

    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;
    /** How deep paging may go: page x size. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_VALUES_PER_FILTER = 50;
    public static final int MAX_VALUE_LENGTH = 300;

    /** The facets a request may filter on, in the order pages show them. */
    public static final List<String> FILTER_FACETS =
            List.of(Fields.BIAS, Fields.OUTLET, Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE);

    /** The most values a facet may list at once ({@code facet.size}). */
    public static final int MAX_FACET_SIZE = 1_000;
    /** Longer than any cursor an answer gives (an article's id is at most a path's length). */
    private static final int MAX_CURSOR_LENGTH = 2_000;

    public SearchRequest {
        if (facetSize < 0 || facetSize > MAX_FACET_SIZE) {
            throw new InvalidRequestException(SearchParameters.FACET_SIZE + " must be between 1 and " + MAX_FACET_SIZE);
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException(SearchParameters.QUERY + " is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException(SearchParameters.SIZE + " must be between 1 and " + MAX_SIZE);
        }
        if (page < 1) {
            throw new InvalidRequestException(SearchParameters.PAGE + " must be 1 or more");
        }
        if (cursor != null && (page != 1 || cursor.length() > MAX_CURSOR_LENGTH)) {
            throw new InvalidRequestException(page != 1
                    ? SearchParameters.PAGE + " and " + SearchParameters.CURSOR + " do not go together: a cursor says where the page starts"
                    : SearchParameters.CURSOR + " is longer than any this server gives");
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new InvalidRequestException(
                    SearchParameters.PAGE + " x " + SearchParameters.SIZE + " must be at most " + MAX_DEPTH);
        }
        if (dating == Dating.UNDATED && (from != null || to != null)) {
            throw new InvalidRequestException("an undated article has no date to lie between from and to");
        }
        if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
            throw new InvalidRequestException(SearchParameters.FROM + " is after " + SearchParameters.TO);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String facet : FILTER_FACETS) {
            List<String> values = filters.getOrDefault(facet, List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (values.size() > MAX_VALUES_PER_FILTER) {
                throw new InvalidRequestException("at most " + MAX_VALUES_PER_FILTER + " values of " + facet);
            }
            for (String value : values) {
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw new InvalidRequestException(facet + " values are at most " + MAX_VALUE_LENGTH + " characters");
                }
                if (facet.equals(Fields.BIAS) && Bias.fromLabel(value).isEmpty()) {
                    throw new InvalidRequestException("bias must be one of " + List.of(Bias.values()));
                }
            }
            if (!values.isEmpty()) {
                copy.put(facet, facet.equals(Fields.BIAS) ? canonicalBias(values) : values);
            }
        }
        for (String facet : filters.keySet()) {
            if (!FILTER_FACETS.contains(facet)) {
                throw new InvalidRequestException("no filter named " + facet);
            }
        }
        filters = Map.copyOf(copy);
    }

    private static List<String> canonicalBias(List<String> labels) {
        return labels.stream().map(v -> Bias.fromLabel(v).orElseThrow().label()).distinct().toList();
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, Dating.ANY, WordMatch.ALL, false, SortOrder.RELEVANCE, 1,
                DEFAULT_SIZE, 0, null);
    }

    /**
     * Reads the HTTP parameters ({@link SearchParameters}: {@code q, bias, outlet, person, organization, place,
     * from, to, dated, match, as_typed, sort, page, size, facet.size, cursor}); a parameter may repeat where a facet takes several values. Unknown
     * parameters are ignored. The sort is relevance by default, newest when there is no query.
     */
    public static SearchRequest fromParameters(Map<String, List<String>> params) {
        String query = SearchParameters.single(params, SearchParameters.QUERY, "");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : FILTER_FACETS) {
            List<String> values = params.getOrDefault(facet, List.of());
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        // With no query there is no relevance to sort by: the newest articles come first.
        String sort = SearchParameters.single(params, SearchParameters.SORT,
                (query.isBlank() ? SortOrder.NEWEST : SortOrder.RELEVANCE).label());
        return new SearchRequest(query, filters,
                date(params, SearchParameters.FROM), date(params, SearchParameters.TO), dating(params), match(params),
                SearchParameters.single(params, SearchParameters.AS_TYPED, "").strip().equals(AS_TYPED),
                SortOrder.fromLabel(sort).orElseThrow(() -> new InvalidRequestException(
                        SearchParameters.SORT + " must be relevance, newest or oldest")),
                number(params, SearchParameters.PAGE, 1), number(params, SearchParameters.SIZE, DEFAULT_SIZE),
                facetSize(params), cursor(params));
    }

    /** The same search, in the same order, page {@code page} of {@code size}. */
    public SearchRequest page(int page, int size) {
        return new SearchRequest(query, filters, from, to, dating, match, asTyped, sort, page, size, facetSize, null);
    }

    /** The same search's newest {@code size} matches. */
    public SearchRequest newest(int size) {
        return new SearchRequest(query, filters, from, to, dating, match, asTyped, SortOrder.NEWEST, 1, size, facetSize, null);
    }

    /** The same search's hit at {@code rank} (from 1) alone, as a page of one. */
    public SearchRequest at(long rank) {
        return new SearchRequest(query, filters, from, to, dating, match, asTyped, sort, Math.toIntExact(rank), 1, facetSize, null);
    }

    /** The same search with its articles' dates mattering so; only undated articles drop the date range. */
    public SearchRequest withDating(Dating wanted) {
        boolean undated = wanted == Dating.UNDATED;
        return new SearchRequest(query, filters, undated ? null : from, undated ? null : to, wanted, match, asTyped, sort, page, size,
                facetSize, cursor);
    }

    /** The same search for {@code other} words. */
    public SearchRequest withQuery(String other) {
        return new SearchRequest(other, filters, from, to, dating, match, asTyped, sort, page, size, facetSize, cursor);
    }

    /** The same search with the query searched as typed, however it is spelt. */
    public SearchRequest typedExactly() {
        return new SearchRequest(query, filters, from, to, dating, match, true, sort, page, size, facetSize, cursor);
    }

    /** The same search with its words finding {@code wanted} articles. */
    public SearchRequest withMatch(WordMatch wanted) {
        return new SearchRequest(query, filters, from, to, dating, wanted, asTyped, sort, page, size, facetSize, cursor);
    }

    /** The same search with every facet listing up to {@code values} values. */
    public SearchRequest withFacetSize(int values) {
        return new SearchRequest(query, filters, from, to, dating, match, asTyped, sort, page, size, values, cursor);
    }

    /** How many values a facet lists: {@code facet.size} if given, else the page's own number for it. */
    public int facetSize(int byDefault) {
        return facetSize == 0 ? byDefault : facetSize;
    }

    private static Dating dating(Map<String, List<String>> params) {
        String label = SearchParameters.single(params, SearchParameters.DATED, "").strip();
        return label.isEmpty() ? Dating.ANY : Labelled.exactly(Dating.class, label)
                .orElseThrow(() -> new InvalidRequestException(SearchParameters.DATED + " must be yes or no"));
    }

    private static WordMatch match(Map<String, List<String>> params) {
        String label = SearchParameters.single(params, SearchParameters.MATCH, "").strip();
        return label.isEmpty() ? WordMatch.ALL : Labelled.exactly(WordMatch.class, label)
                .orElseThrow(() -> new InvalidRequestException(SearchParameters.MATCH + " must be all or any"));
    }

    private static String cursor(Map<String, List<String>> params) {
        String cursor = SearchParameters.single(params, SearchParameters.CURSOR, "").strip();
        return cursor.isEmpty() ? null : cursor;
    }

    private static int facetSize(Map<String, List<String>> params) {
        int size = number(params, SearchParameters.FACET_SIZE, 0);
        if (size == 0 && !SearchParameters.single(params, SearchParameters.FACET_SIZE, "").isBlank()) {
            throw new InvalidRequestException(SearchParameters.FACET_SIZE + " must be between 1 and " + MAX_FACET_SIZE);
        }
        return size;
    }

    public List<String> selected(String facet) {
        return filters.getOrDefault(facet, List.of());
    }

    private static int number(Map<String, List<String>> params, String name, int absent) {
        String text = SearchParameters.single(params, name, "").strip();
        if (text.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number");
        }
    }

    private static PublicationDate date(Map<String, List<String>> params, String name) {
        String text = SearchParameters.single(params, name, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        return PublicationDate.parseIso(text).orElseThrow(() -> new InvalidRequestException(
                name + " must be a date: 2016, 2016-03 or 2016-03-14"));
    }
}
