package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import broadsheet.schema.NewsAnalyzer;
import broadsheet.search.SearchResult.FacetValue;
import broadsheet.search.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;

/** Searches the archive: the reader's query, filters, drill-sideways facets, passages and spelling. */
public final class ArchiveSearch {

    private final LiveIndex index;
    private final Function<Occur, ArticleQueryParser> parsers;
    private final Passages passages;
    private final SpellingCorrection spelling;

    public ArchiveSearch(LiveIndex index) {
        this(index, KnowledgeBase.empty());
    }

    /** A search in which a known entity named in any spelling finds the articles that name it in any spelling. */
    public ArchiveSearch(LiveIndex index, KnowledgeBase knowledgeBase) {
        Analyzer analyzer = new NewsAnalyzer();
        this.index = index;
        this.parsers = operator -> new ArticleQueryParser(analyzer, operator, knowledgeBase);
        this.passages = new Passages(analyzer);
        this.spelling = new SpellingCorrection(analyzer);
    }

    public int documents() throws IOException {
        return index.search(searcher -> searcher.getIndexReader().numDocs());
    }

    public SearchResult search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        RankedQuery query = RankedQuery.of(request.query(), parsers);
        return index.search(query, searcher -> {
            try {
                return search(searcher, request, query.expandedOn(searcher), started);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new InvalidRequestException("the query expands to too many terms; make it narrower");
            }
        });
    }

    private SearchResult search(ArchiveSearcher searcher, SearchRequest request, RankedQuery query, long started)
            throws IOException {
        Sort sort = sortFor(request.sort());
        // Two passes, each cheaper than one that does both: the best hits, where the collector may skip
        // articles that cannot make the page, then an unscored count of every match with the facets.
        DrillDownQuery matching = drillDown(query.matching(), request);
        Optional<Cursor> cursor = Cursor.of(request, Cursor.Engine.LUCENE);
        ScoreDoc[] page;
        Cursor next = null;
        if (cursor.isPresent()) {
            LocalCursorPages.Page after = LocalCursorPages.after(searcher, query.tiers(request.sort()),
                    sort == null ? Sort.RELEVANCE : sort, cursor.get(), request.size(), q -> drillDown(q, request));
            page = after.hits();
            next = after.next();
        } else {
            int depth = request.page() * request.size();
            ScoreDoc[] top = sort == null
                    ? ranked(searcher, query, request, depth)
                    : searcher.search(matching, new TopFieldCollectorManager(sort, depth, depth)).scoreDocs;
            page = Arrays.copyOfRange(top, Math.min((request.page() - 1) * request.size(), top.length), top.length);
        }
        Optional<SortedSetDocValuesReaderState> facetState = searcher.facetState();
        long total;
        Facets facets = null;
        if (facetState.isPresent()) {
            DrillSideways sideways = searcher.drillSideways(facetState.get());
            DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted =
                    sideways.search(matching, new TotalHitCountCollectorManager(searcher.getSlices()));
            total = counted.collectorResult;
            facets = counted.facets;
        } else {
            total = searcher.count(matching);
        }

        searcher.checkTime(); // what is left (passages, spelling) is wasted on a search that is over time
        List<Hit> hits = hits(searcher, query, page, sort == null);

        Map<String, List<FacetValue>> facetValues =
                new FacetCounts(new LuceneFacetTallies(facets, searcher::hasFacet)).of(request);
        String suggestion = suggestion(searcher, request, query).orElse(null);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return SearchResult.of(request, total, tookMs, hits, facetValues, suggestion,
                next == null ? null : next.text(request, Cursor.Engine.LUCENE));
    }

    /** The best {@code depth} matches: those with all the terms, then (if there are too few) the rest. */
    private ScoreDoc[] ranked(IndexSearcher searcher, RankedQuery query, SearchRequest request, int depth)
            throws IOException {
        ScoreDoc[] all = searcher.search(drillDown(query.allTermsRanked(), request),
                new TopScoreDocCollectorManager(depth, depth)).scoreDocs;
        if (all.length == depth || query.someTerms() instanceof MatchNoDocsQuery) {
            return all;
        }
        ScoreDoc[] some = searcher.search(drillDown(query.someTerms(), request),
                new TopScoreDocCollectorManager(depth - all.length, depth - all.length)).scoreDocs;
        ScoreDoc[] both = Arrays.copyOf(all, all.length + some.length);
        System.arraycopy(some, 0, both, all.length, some.length);
        return both;
    }

    /**
     * The query with the request's filters. An article has one bias and one outlet, so several values of those mean
     * any of them, and drill sideways keeps their other values countable. An article names many people,
     * organisations and places, so several values of those (multi-valued facets) mean all of them: they filter the
     * matches, and their counts say how many of the results also name each value.
     */
    private DrillDownQuery drillDown(Query base, SearchRequest request) {
        FacetsConfig config = ArticleSchema.facetsConfig();
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.MUST);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().firstDay().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().lastDay().toEpochDay();
            filtered.add(LongField.newRangeQuery(Fields.DATE_DAY, from, to), Occur.FILTER);
        }
        switch (request.dating()) {
            case DATED -> filtered.add(new FieldExistsQuery(Fields.DATE_DAY), Occur.FILTER);
            case UNDATED -> filtered.add(new FieldExistsQuery(Fields.DATE_DAY), Occur.MUST_NOT);
            case ANY -> { }
        }
        request.filters().forEach((facet, values) -> {
            if (config.getDimConfig(facet).multiValued) {
                String field = config.getDimConfig(facet).indexFieldName;
                values.forEach(value -> filtered.add(new TermQuery(DrillDownQuery.term(field, facet, value)),
                        Occur.FILTER));
            }
        });
        DrillDownQuery drillDown = new DrillDownQuery(config, filtered.build());
        request.filters().forEach((facet, values) -> {
            if (!config.getDimConfig(facet).multiValued) {
                values.forEach(value -> drillDown.add(facet, value));
            }
        });
        return drillDown;
    }

    /** Null for relevance; by date otherwise, undated articles last either way, then by score. */
    private static Sort sortFor(SortOrder order) {
        if (order == SortOrder.RELEVANCE) {
            return null;
        }
        boolean newestFirst = order == SortOrder.NEWEST;
        SortField date = new SortedNumericSortField(Fields.DATE_DAY, SortField.Type.LONG, newestFirst,
                SortedNumericSelector.Type.MIN, newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private List<Hit> hits(IndexSearcher searcher, RankedQuery query, ScoreDoc[] page, boolean scored)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docs = new int[page.length];
        Article[] articles = new Article[page.length];
        String[] bodies = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
            articles[i] = ArticleSchema.fromDocument(stored.document(docs[i]));
            bodies[i] = articles[i].body();
        }
        String[] snippets = passages.snippets(searcher, query.matching(), docs, bodies);
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(EntityChips.hit(articles[i], scored ? page[i].score : null, snippets[i]));
        }
        return hits;
    }

    /** A corrected query, offered only when it finds more articles with all their terms than the original. */
    private Optional<String> suggestion(ArchiveSearcher searcher, SearchRequest request, RankedQuery query)
            throws IOException {
        Optional<String> corrected =
                spelling.correct(new LocalSpellingDictionary(searcher.getIndexReader()), query.text());
        if (corrected.isEmpty()) {
            return Optional.empty();
        }
        Query correctedAll = parsers.apply(Occur.MUST).parse(corrected.get());
        int before = searcher.count(drillDown(query.allTerms(), request));
        int after = searcher.count(drillDown(correctedAll, request));
        return after > before ? corrected : Optional.empty();
    }
}
