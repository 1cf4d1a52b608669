package broadsheet.search;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.Optional;
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

    public ArchiveSearcher(IndexReader reader) throws IOException {
        super(reader);
        FacetsConfig config = ArticleSchema.facetsConfig();
        String facetField = config.getDimConfig(Fields.BIAS).indexFieldName;
        // An empty index has no facet field, and the reader state cannot be built without one.
        boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(facetField) != null;
        this.facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    public Optional<SortedSetDocValuesReaderState> facetState() {
        return Optional.ofNullable(facetState);
    }
}
