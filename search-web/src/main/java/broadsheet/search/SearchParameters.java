package broadsheet.search;

import java.util.List;
import java.util.Map;

/**
 * The HTTP parameters of a search, named once: {@link SearchRequest#fromParameters} reads them and the
 * results page's links write them. A facet's filter is the facet's field name ({@link
 * SearchRequest#FILTER_FACETS}). The templates' forms write the names as they are ({@code name="q"}):
 * a form field reads more plainly than one whose name is a template variable.
 */
public final class SearchParameters {

    public static final String QUERY = "q";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    /** {@code no}: only undated articles; {@code yes}: only dated ones; absent: any. */
    public static final String DATED = "dated";
    /** {@code all} (the default) or {@code any}: {@link SearchRequest.WordMatch}. */
    public static final String MATCH = "match";
    /** {@code yes}: the query searched as typed, not as a correction of its spelling. */
    public static final String AS_TYPED = "as_typed";
    /** How many values each facet lists (the page's own numbers when absent). */
    public static final String FACET_SIZE = "facet.size";
    /** {@code *} to page by {@link Cursor}, then each answer's {@code next_cursor}. */
    public static final String CURSOR = "cursor";
    /** On an article's page: its place, from 1, in the results of the search it was opened from. */
    public static final String RANK = "n";

    private SearchParameters() {}

    /** The one value of a parameter, or {@code absent}; several values are a bad request. */
    public static String single(Map<String, List<String>> params, String name, String absent) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidRequestException(name + " may be given once");
        }
        return values.isEmpty() ? absent : values.getFirst();
    }
}
