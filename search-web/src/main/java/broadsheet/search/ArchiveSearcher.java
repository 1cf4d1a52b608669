package broadsheet.search;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher on one point-in-time view of the index, with the facet ordinals of that view, which
 * cost a pass over the doc values to build and so are built once per reader, not once per search.
 */
public final class ArchiveSearcher extends IndexSearcher {

    /** Makes an ArchiveSearcher for every reader a SearcherManager opens. */
    public static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new ArchiveSearcher(reader);
        }
    };

    private final SortedSetDocValuesReaderState facetState;
    private final Set<String> indexedFacets = new HashSet<>();

    public ArchiveSearcher(IndexReader reader) throws IOException {
        super(reader);
        FacetsConfig config = ArticleSchema.facetsConfig();
        String facetField = config.getDimConfig(Fields.BIAS).indexFieldName;
        // An empty index has no facet field, and the reader state cannot be built without one.
        boolean hasFacetField = FieldInfos.getMergedFieldInfos(reader).fieldInfo(facetField) != null;
        this.facetState = hasFacetField ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        if (facetState != null) {
            facetState.getDims().forEach(indexedFacets::add);
        }
    }

    /** The facet ordinals of this view; empty when no article has a value in any facet (an empty index). */
    public Optional<SortedSetDocValuesReaderState> facetState() {
        return Optional.ofNullable(facetState);
    }

    /**
     * Whether any article of this view has a value in the facet: only then may its counts be asked for
     * (Lucene fails on a hierarchical facet without values, the year of an archive with no dated article).
     */
    public boolean hasFacet(String dim) {
        return indexedFacets.contains(dim);
    }
}
