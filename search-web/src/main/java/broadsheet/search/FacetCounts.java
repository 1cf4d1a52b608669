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

/**
 * The counts of one search's facets as {@link FacetValue}s, in each facet's reading order, whichever engine counted
 * them. A chosen value is always listed, with a zero count if nothing matches it, so that it can be unchosen.
 */
final class FacetCounts {

    static final int OUTLET_VALUES = 20;
    static final int ENTITY_VALUES = 15;
    /** The facets that list their most frequent values, with how many they list unless the request says. */
    static final Map<String, Integer> TOP_VALUES = Map.of(Fields.OUTLET, OUTLET_VALUES,
            Fields.PERSON, ENTITY_VALUES, Fields.ORGANIZATION, ENTITY_VALUES, Fields.PLACE, ENTITY_VALUES);

    private final FacetTallies tallies;

    FacetCounts(FacetTallies tallies) {
        this.tallies = tallies;
    }

    /** Every facet of a result, in the order the page shows them: bias, outlet, the entities, year. */
    Map<String, List<FacetValue>> of(SearchRequest request) throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(Fields.BIAS, bias(request.selected(Fields.BIAS)));
        for (String facet : List.of(Fields.OUTLET, Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE)) {
            facets.put(facet, top(facet, request.facetSize(TOP_VALUES.get(facet)), request.selected(facet)));
        }
        facets.put(Fields.YEAR, years());
        return facets;
    }

    /** Every bias with matches, in the order of the scale. */
    List<FacetValue> bias(List<String> selected) throws IOException {
        Map<String, Long> counts = tallies.all(Fields.BIAS);
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
    List<FacetValue> top(String facet, int n, List<String> selected) throws IOException {
        List<FacetValue> values = new ArrayList<>();
        tallies.top(facet, n).forEach((value, count) -> values.add(new FacetValue(value, count)));
        for (String value : selected) {
            if (values.stream().noneMatch(v -> v.value().equals(value))) {
                values.add(new FacetValue(value, tallies.count(facet, value)));
            }
        }
        return values;
    }

    /** Years, newest first, each with its months in calendar order. */
    List<FacetValue> years() throws IOException {
        List<FacetValue> years = new ArrayList<>();
        for (Map.Entry<String, Long> year : tallies.all(Fields.YEAR).entrySet()) {
            List<FacetValue> months = tallies.months(year.getKey()).entrySet().stream()
                    // a month is written as the timeline writes it, with its year (2016-03)
                    .map(m -> new FacetValue(year.getKey() + "-" + m.getKey(), m.getValue()))
                    .sorted(Comparator.comparing(FacetValue::value))
                    .toList();
            years.add(new FacetValue(year.getKey(), year.getValue(), months));
        }
        years.sort(Comparator.comparing(FacetValue::value).reversed());
        return years;
    }
}
