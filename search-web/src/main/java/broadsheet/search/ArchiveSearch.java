package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import broadsheet.schema.NewsAnalyzer;
import broadsheet.search.SearchResult.FacetValue;
import broadsheet.search.SearchRequest.WordMatch;
import broadsheet.search.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        return CorrectedSearch.of(request, this::searchAsTyped);
    }

    private SearchResult searchAsTyped(SearchRequest request) throws IOException {
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
        // Two passes, each cheaper than one that does both: an unscored count of the results with the facets, which
        // also tells whether any article has all the words, then the best hits, where the collector may skip
        // articles that cannot make the page.
        WordMatch match = request.match();
        Counted counted = count(searcher, query.results(match), request);
        if (counted.total() == 0 && match == WordMatch.ALL && query.partial()) {
            match = WordMatch.ANY;
            counted = count(searcher, query.results(match), request);
        }
        Sort sort = sortFor(request.sort());
        List<Query> tiers = query.tiers(request.sort(), match);
        Optional<Cursor> cursor = Cursor.of(request, Cursor.Engine.LUCENE);
        ScoreDoc[] page;
        Cursor next = null;
        if (cursor.isPresent()) {
            LocalCursorPages.Page after = LocalCursorPages.after(searcher, tiers, sort == null ? Sort.RELEVANCE : sort,
                    cursor.get(), request.size(), q -> drillDown(q, request));
            page = after.hits();
            next = after.next();
        } else {
            int depth = request.page() * request.size();
            ScoreDoc[] top = sort == null ? ranked(searcher, tiers, request, depth)
                    : searcher.search(drillDown(tiers.getFirst(), request),
                            new TopFieldCollectorManager(sort, depth, depth)).scoreDocs;
            page = Arrays.copyOfRange(top, Math.min((request.page() - 1) * request.size(), top.length), top.length);
        }

        searcher.checkTime(); // what is left (passages, spelling) is wasted on a search that is over time
        List<Hit> hits = hits(searcher, query, page, sort == null, match == WordMatch.ANY);

        Map<String, List<FacetValue>> facetValues =
                new FacetCounts(new LuceneFacetTallies(counted.facets(), searcher::hasFacet)).of(request);
        String suggestion = suggestion(searcher, request, query).orElse(null);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return SearchResult.of(request, match, counted.total(), tookMs, hits, facetValues, suggestion,
                next == null ? null : next.text(request, Cursor.Engine.LUCENE));
    }

    /** How many articles are results, and their facets (null in an index without facets). */
    private record Counted(long total, Facets facets) {}

    private Counted count(ArchiveSearcher searcher, Query results, SearchRequest request) throws IOException {
        DrillDownQuery filtered = drillDown(results, request);
        Optional<SortedSetDocValuesReaderState> facetState = searcher.facetState();
        if (facetState.isEmpty()) {
            return new Counted(searcher.count(filtered), null);
        }
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = searcher.drillSideways(facetState.get())
                .search(filtered, new TotalHitCountCollectorManager(searcher.getSlices()));
        return new Counted(counted.collectorResult, counted.facets);
    }

    /** The best {@code depth} results: those of the first tier, then (if there are too few) of the next. */
    private ScoreDoc[] ranked(IndexSearcher searcher, List<Query> tiers, SearchRequest request, int depth)
            throws IOException {
        List<ScoreDoc> ranked = new ArrayList<>(depth);
        for (Query tier : tiers) {
            int wanted = depth - ranked.size();
            if (wanted == 0) {
                break;
            }
            ranked.addAll(List.of(searcher.search(drillDown(tier, request),
                    new TopScoreDocCollectorManager(wanted, wanted)).scoreDocs));
        }
        return ranked.toArray(ScoreDoc[]::new);
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

    /** The page's hits; {@code lacking}: whether to say which of the query's words each lacks. */
    private List<Hit> hits(IndexSearcher searcher, RankedQuery query, ScoreDoc[] page, boolean scored, boolean lacking)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] docs = new int[page.length];
        Article[] articles = new Article[page.length];
        String[] bodies = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
            articles[i] = ArticleSchema.fromDocument(stored.document(docs[i]));
            bodies[i] = articles[i].rankedBody();
        }
        String[] snippets = passages.snippets(searcher, query.matching(), docs, bodies);
        List<List<String>> missing = MissingWords.of(lacking ? query.words() : List.of(), List.of(articles),
                (word, ids) -> {
                    Set<String> having = new HashSet<>();
                    for (String id : ids) {
                        if (searcher.count(new BooleanQuery.Builder().add(word.query(), Occur.FILTER)
                                .add(new TermQuery(ArticleSchema.idTerm(id)), Occur.FILTER).build()) > 0) {
                            having.add(id);
                        }
                    }
                    return having;
                });
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(EntityChips.hit(articles[i], scored ? page[i].score : null, snippets[i], missing.get(i)));
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
