package broadsheet.search;

import broadsheet.schema.Fields;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/** The facet counts of Solr's answer to a request with {@link SolrFacets}' JSON facets. */
final class SolrFacetTallies implements FacetTallies {

    private final SearchRequest request;
    private final NestableJsonFacet response;

    /** @param response null when nothing matched (Solr then answers with no facets at all) */
    SolrFacetTallies(SearchRequest request, NestableJsonFacet response) {
        this.request = request;
        this.response = response;
    }

    @Override
    public Map<String, Long> all(String facet) {
        return counts(response == null ? null : response.getBucketBasedFacets(facet));
    }

    /** The facet's buckets: asked for with the limit {@code n}. */
    @Override
    public Map<String, Long> top(String facet, int n) {
        return all(facet);
    }

    @Override
    public long count(String facet, String value) {
        int chosen = request.selected(facet).indexOf(value);
        NestableJsonFacet counted = chosen < 0 || response == null
                ? null : response.getQueryFacet(SolrFacets.chosenName(facet, chosen));
        return counted == null ? 0 : counted.getCount();
    }

    @Override
    public Map<String, Long> months(String year) {
        BucketBasedJsonFacet years = response == null ? null : response.getBucketBasedFacets(Fields.YEAR);
        if (years == null) {
            return Map.of();
        }
        return years.getBuckets().stream().filter(bucket -> year.equals(bucket.getVal())).findFirst()
                .map(bucket -> counts(bucket.getBucketBasedFacets(Fields.MONTH))).orElse(Map.of());
    }

    private static Map<String, Long> counts(BucketBasedJsonFacet facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (facet != null) {
            for (BucketJsonFacet bucket : facet.getBuckets()) {
                counts.put(bucket.getVal().toString(), bucket.getCount());
            }
        }
        return counts;
    }
}
