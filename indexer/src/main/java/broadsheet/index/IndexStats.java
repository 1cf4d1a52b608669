package broadsheet.index;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Bias;
import broadsheet.schema.EntityType;
import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;

/** What the index holds, counted: the answer of {@code broadsheet stats}. */
public record IndexStats(
        int documents,
        Map<String, Integer> bias,
        Map<String, Integer> outlets,
        Map<String, Integer> years,
        int undated,
        Map<String, List<NameCount>> entities) {

    public record NameCount(String name, int count) {}

    public static final int TOP_ENTITIES = 10;

    public static IndexStats of(IndexReader reader) throws IOException {
        Map<String, Integer> bias = new LinkedHashMap<>();
        for (Bias b : Bias.values()) {
            bias.put(b.label(), 0);
        }
        Map<String, Integer> outlets = new LinkedHashMap<>();
        Map<String, Integer> years = new TreeMap<>();
        Map<String, List<NameCount>> entities = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            type.facetField().ifPresent(field -> entities.put(field, new ArrayList<>()));
        }
        int documents = reader.numDocs();
        int dated = new IndexSearcher(reader).count(new FieldExistsQuery(Fields.DATE_DAY));
        if (documents > 0) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, ArticleSchema.facetsConfig());
            Facets facets = new SortedSetDocValuesFacetCounts(state);
            // only the dimensions some document has: Lucene fails on one none has (no dated article, no year)
            Set<String> present = new HashSet<>();
            state.getDims().forEach(present::add);
            all(facets, present, Fields.BIAS).forEach(lv -> bias.put(lv.label, lv.value.intValue()));
            all(facets, present, Fields.OUTLET).stream()
                    .sorted(Comparator.comparing((LabelAndValue lv) -> -lv.value.intValue()).thenComparing(lv -> lv.label))
                    .forEach(lv -> outlets.put(lv.label, lv.value.intValue()));
            all(facets, present, Fields.YEAR).forEach(lv -> years.put(lv.label, lv.value.intValue()));
            for (var entry : entities.entrySet()) {
                top(facets, present, entry.getKey(), TOP_ENTITIES)
                        .forEach(lv -> entry.getValue().add(new NameCount(lv.label, lv.value.intValue())));
            }
        }
        return new IndexStats(documents, bias, outlets, years, documents - dated, entities);
    }

    private static List<LabelAndValue> top(Facets facets, Set<String> present, String dim, int n) throws IOException {
        return present.contains(dim) ? labels(facets.getTopChildren(n, dim)) : List.of();
    }

    private static List<LabelAndValue> all(Facets facets, Set<String> present, String dim) throws IOException {
        return present.contains(dim) ? labels(facets.getAllChildren(dim)) : List.of();
    }

    private static List<LabelAndValue> labels(FacetResult result) {
        return result == null ? List.of() : List.of(result.labelValues);
    }
}
