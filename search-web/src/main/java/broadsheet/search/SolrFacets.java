package broadsheet.search;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * One search's facets in Solr's JSON Facet API, counted as the local index counts them: bias and outlet without the
 * request's own filter on them ({@code excludeTags}, the tags {@link SolrFilters} gives), the entities with every
 * filter, the year with its months nested; {@code refine} makes every count returned exact across shards. Which values
 * make an outlet's or an entity's top list is chosen from each shard's own top values, generously over-requested: the
 * same as the local list unless very many values tie at its end across shards (or a value is spread so evenly over
 * the shards that it is in none's offer), when another value of the same count may end the list. A value chosen in a
 * facet gets a count of its own, for when it is not among the top ones.
 */
final class SolrFacets {

    /** The request parameter of the JSON Facet API. */
    static final String PARAMETER = "json.facet";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every value: Solr's terms facet limit that means no limit. */
    private static final int ALL = -1;
    /**
     * How many more values than a top list shows each shard offers for it: those of a count tied with the list's last
     * value are among the shards' offers, so that the list ends as the local one does, with the first of them in the
     * values' order. (Solr's default, 10% and 4 more, often leaves the first of them out.)
     */
    private static final int OVERREQUEST_TIMES = 10;
    private static final int OVERREQUEST_MORE = 100;
    /** A facet page's long lists (facet.size up to 1,000) need less, and would cost a shard much more. */
    private static final int MAX_OVERREQUEST = 1_000;

    private final SearchRequest request;

    SolrFacets(SearchRequest request) {
        this.request = request;
    }

    /** The {@code json.facet} parameter; the chosen values' terms go into parameters of {@code writer}'s request. */
    String json(SolrQueryWriter writer) {
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put(Fields.BIAS, terms(Fields.BIAS, ALL));
        FacetCounts.TOP_VALUES.forEach((facet, byDefault) -> {
            int n = request.facetSize(byDefault);
            Map<String, Object> top = terms(facet, n);
            top.put("overrequest", Math.min(OVERREQUEST_TIMES * n, MAX_OVERREQUEST) + OVERREQUEST_MORE);
            facets.put(facet, top);
        });
        Map<String, Object> years = terms(Fields.YEAR, ALL);
        years.put("facet", Map.of(Fields.MONTH, terms(Fields.MONTH, ALL)));
        facets.put(Fields.YEAR, years);
        request.filters().forEach((facet, values) -> {
            for (int i = 0; i < values.size(); i++) {
                Map<String, Object> chosen = new LinkedHashMap<>();
                chosen.put("type", "query");
                chosen.put("q", writer.term(facet, values.get(i)));
                sideways(facet, chosen);
                facets.put(chosenName(facet, i), chosen);
            }
        });
        try {
            return JSON.writeValueAsString(facets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }

    /** The counts of a response to a request with {@link #json}'s facets; null when nothing matched. */
    FacetTallies tallies(NestableJsonFacet response) {
        return new SolrFacetTallies(request, response);
    }

    private static Map<String, Object> terms(String field, int limit) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("type", "terms");
        terms.put("field", field);
        terms.put("limit", limit);
        terms.put("refine", true);
        sideways(field, terms);
        return terms;
    }

    /** A single-valued facet is counted without the request's filter on it, as Lucene's drill sideways does. */
    private static void sideways(String facet, Map<String, Object> counted) {
        boolean singleValued = !ArticleSchema.facetsConfig().getDimConfig(facet).multiValued;
        if (SearchRequest.FILTER_FACETS.contains(facet) && singleValued) {
            counted.put("domain", Map.of("excludeTags", facet));
        }
    }

    /** The name of the count of the {@code index}th value chosen in the facet. */
    static String chosenName(String facet, int index) {
        return "chosen_" + facet + "_" + index;
    }
}
