package broadsheet.search;

import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/** The local index's facet counts: Lucene's drill-sideways {@link Facets}. */
final class LuceneFacetTallies implements FacetTallies {

    private final Facets facets;
    private final Predicate<String> indexed;

    /**
     * @param facets null when the index has no facets at all
     * @param indexed whether any article has a value in a facet ({@link ArchiveSearcher#hasFacet})
     */
    LuceneFacetTallies(Facets facets, Predicate<String> indexed) {
        this.facets = facets;
        this.indexed = indexed;
    }

    @Override
    public Map<String, Long> all(String facet) throws IOException {
        return counted(facet) ? counts(facets.getAllChildren(facet)) : Map.of();
    }

    @Override
    public Map<String, Long> top(String facet, int n) throws IOException {
        return counted(facet) ? counts(facets.getTopChildren(n, facet)) : Map.of();
    }

    @Override
    public long count(String facet, String value) throws IOException {
        Number count = counted(facet) ? facets.getSpecificValue(facet, value) : null;
        return count == null ? 0 : Math.max(0, count.longValue());
    }

    @Override
    public Map<String, Long> months(String year) throws IOException {
        return counted(Fields.YEAR) ? counts(facets.getAllChildren(Fields.YEAR, year)) : Map.of();
    }

    private boolean counted(String facet) {
        return facets != null && indexed.test(facet);
    }

    private static Map<String, Long> counts(FacetResult result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
        }
        return counts;
    }
}
