package broadsheet.index;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Bias;
import broadsheet.schema.EntityType;
import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.util.BytesRef;

/** What the index holds, counted: the answer of {@code broadsheet stats}. */
public record IndexStats(
        int documents,
        Map<String, Integer> bias,
        Map<String, Integer> outlets,
        Map<String, Integer> years,
        int undated,
        Map<String, List<NameCount>> entities,
        FurnitureStats furniture) {

    public record NameCount(String name, int count) {}

    public static final int TOP_ENTITIES = 10;

    /**
     * Most mentioned first; a tie in the order of the names' UTF-8 bytes, as Lucene's facet counts break it: the
     * same ten names whichever engine counted them.
     */
    private static final Comparator<NameCount> TOP = Comparator.comparingInt((NameCount n) -> -n.count())
            .thenComparing(n -> new BytesRef(n.name()));

    /** The stats of the local index. */
    public static IndexStats of(IndexReader reader, FurnitureStats furniture) throws IOException {
        int documents = reader.numDocs();
        int dated = new IndexSearcher(reader).count(new FieldExistsQuery(Fields.DATE_DAY));
        Map<String, List<NameCount>> valueCounts = new HashMap<>();
        if (documents > 0) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, ArticleSchema.facetsConfig());
            Facets facets = new SortedSetDocValuesFacetCounts(state);
            // only the dimensions some document has: Lucene fails on one none has (no dated article, no year)
            for (String dim : state.getDims()) {
                FacetResult all = facets.getAllChildren(dim);
                if (all != null) {
                    List<NameCount> counts = new ArrayList<>();
                    for (LabelAndValue lv : all.labelValues) {
                        counts.add(new NameCount(lv.label, lv.value.intValue()));
                    }
                    valueCounts.put(dim, counts);
                }
            }
        }
        return of(documents, dated, valueCounts, furniture);
    }

    /**
     * The stats of an index of {@code documents} documents, {@code dated} of them with a date, whose facet
     * dimensions ({@link ArticleSchema#FACETS}) hold the values {@code valueCounts} lists: every value of each, in
     * any order, a dimension no document has missing. Both engines count their own way and meet here.
     */
    public static IndexStats of(int documents, int dated, Map<String, List<NameCount>> valueCounts,
            FurnitureStats furniture) {
        Map<String, Integer> bias = new LinkedHashMap<>();
        for (Bias b : Bias.values()) {
            bias.put(b.label(), 0);
        }
        valueCounts.getOrDefault(Fields.BIAS, List.of()).forEach(n -> bias.put(n.name(), n.count()));
        Map<String, Integer> outlets = new LinkedHashMap<>();
        valueCounts.getOrDefault(Fields.OUTLET, List.of()).stream()
                .sorted(Comparator.comparingInt((NameCount n) -> -n.count()).thenComparing(NameCount::name))
                .forEach(n -> outlets.put(n.name(), n.count()));
        Map<String, Integer> years = new TreeMap<>();
        valueCounts.getOrDefault(Fields.YEAR, List.of()).forEach(n -> years.put(n.name(), n.count()));
        Map<String, List<NameCount>> entities = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            type.facetField().ifPresent(field -> entities.put(field, valueCounts.getOrDefault(field, List.of()).stream()
                    .sorted(TOP).limit(TOP_ENTITIES).toList()));
        }
        return new IndexStats(documents, bias, outlets, years, documents - dated, entities, furniture);
    }
}
