package broadsheet.search;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

/**
 * An IndexSearcher on one point-in-time view of the index, with the facet ordinals of that view, which
 * cost a pass over the doc values to build and so are built once per reader, not once per search.
 */
public final class ArchiveSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final Set<String> indexedFacets;
    private final ArchiveSearcher untimed;
    private final Duration budget;

    /** The same view with a time budget: a search that runs past it stops collecting and is partial. */
    private ArchiveSearcher(ArchiveSearcher view, Duration budget) {
        super(view.getIndexReader());
        this.facetState = view.facetState;
        this.indexedFacets = view.indexedFacets;
        this.untimed = view;
        this.budget = budget;
        setTimeout(new QueryTimeoutImpl(budget.toMillis()));
    }

    public ArchiveSearcher(IndexReader reader) throws IOException {
        super(reader);
        FacetsConfig config = ArticleSchema.facetsConfig();
        String facetField = config.getDimConfig(Fields.BIAS).indexFieldName;
        // An empty index has no facet field, and the reader state cannot be built without one.
        boolean hasFacetField = FieldInfos.getMergedFieldInfos(reader).fieldInfo(facetField) != null;
        this.facetState = hasFacetField ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        Set<String> dims = new HashSet<>();
        if (facetState != null) {
            facetState.getDims().forEach(dims::add);
        }
        this.indexedFacets = Set.copyOf(dims);
        this.untimed = this;
        this.budget = null;
    }

    /** This view for one search of at most {@code budget}; see {@link #checkComplete()}. */
    ArchiveSearcher within(Duration budget) {
        return new ArchiveSearcher(this, budget);
    }

    /** Stops a search that has used up its time budget, whether or not Lucene has noticed yet. */
    void checkTime() {
        if (budget != null && getTimeout().shouldExit()) {
            throw SearchUnavailableException.outOfTime(budget);
        }
        checkComplete();
    }

    /** Stops a search whose results are partial: Lucene stopped collecting them when its time was up. */
    void checkComplete() {
        if (timedOut()) {
            throw SearchUnavailableException.outOfTime(budget);
        }
    }

    /**
     * Counts matches and facets at once, over this view with the facet ordinals of this view. Lucene's
     * drill-sideways scorer takes a segment in one go and refuses the slices a time limit scores in, so it
     * runs without the limit, once the time left is checked.
     */
    DrillSideways drillSideways(SortedSetDocValuesReaderState facetState) {
        checkTime();
        return new DrillSideways(untimed, ArticleSchema.facetsConfig(), facetState);
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
