package broadsheet.search;

import broadsheet.schema.Bias;
import broadsheet.schema.Fields;
import broadsheet.search.SearchResult.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * The counts of one search's facets as {@link FacetValue}s, in each facet's reading order. A chosen
 * value is always listed, with a zero count if nothing matches it, so that it can be unchosen.
 */
final class FacetCounts {

    private final Facets facets;
    private final Predicate<String> indexed;

    /**
     * @param facets null when the index has no facets at all
     * @param indexed whether any article has a value in a facet ({@link ArchiveSearcher#hasFacet})
     */
    FacetCounts(Facets facets, Predicate<String> indexed) {
        this.facets = facets;
        this.indexed = indexed;
    }

    /** Every bias with matches, in the order of the scale. */
    List<FacetValue> bias(List<String> selected) throws IOException {
        Map<String, Long> counts = counts(all(Fields.BIAS));
        List<FacetValue> values = new ArrayList<>();
        for (Bias bias : Bias.values()) {
            long count = counts.getOrDefault(bias.label(), 0L);
            if (count > 0 || selected.contains(bias.label())) {
                values.add(new FacetValue(bias.label(), count));
            }
        }
        return values;
    }

    /** The {@code n} values with most matches, most first, then any chosen value not among them. */
    List<FacetValue> top(String dim, int n, List<String> selected) throws IOException {
        List<FacetValue> values = new ArrayList<>();
        FacetResult top = counted(dim) ? facets.getTopChildren(n, dim) : null;
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                values.add(new FacetValue(lv.label, lv.value.longValue()));
            }
        }
        for (String value : selected) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                Number count = counted(dim) ? facets.getSpecificValue(dim, value) : null;
                values.add(new FacetValue(value, count == null ? 0 : Math.max(0, count.longValue())));
            }
        }
        return values;
    }

    /** Years, newest first, each with its months in calendar order. */
    List<FacetValue> years() throws IOException {
        List<FacetValue> years = new ArrayList<>();
        for (Map.Entry<String, Long> year : counts(all(Fields.YEAR)).entrySet()) {
            List<FacetValue> months = counts(all(Fields.YEAR, year.getKey())).entrySet().stream()
                    // a month is written as the timeline writes it, with its year (2016-03)
                    .map(m -> new FacetValue(year.getKey() + "-" + m.getKey(), m.getValue()))
                    .sorted(Comparator.comparing(FacetValue::value))
                    .toList();
            years.add(new FacetValue(year.getKey(), year.getValue(), months));
        }
        years.sort(Comparator.comparing(FacetValue::value).reversed());
        return years;
    }

    private FacetResult all(String dim, String... path) throws IOException {
        return counted(dim) ? facets.getAllChildren(dim, path) : null;
    }

    private boolean counted(String dim) {
        return facets != null && indexed.test(dim);
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
