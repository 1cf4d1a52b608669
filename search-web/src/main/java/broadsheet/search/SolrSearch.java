package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import broadsheet.schema.SolrDocuments;
import broadsheet.search.SearchRequest.WordMatch;
import broadsheet.search.SearchResult.FacetValue;
import broadsheet.search.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Searches the archive's collection on SolrCloud as {@link ArchiveSearch} searches the local index, with the same
 * query code ({@link RankedQuery}, written for Solr by {@link SolrQueryWriter}), the same filters and facets, and the
 * same passages and spelling rule, so that a search answers with the same result on either engine.
 */
final class SolrSearch {

    /** Solr's name for a hit's score, as a field of the hit. */
    static final String SCORE = "score";
    /** A hit has what its listing, its snippet and its chips are made of: all its stored fields. */
    private static final String HIT_FIELDS = "*," + SCORE;

    private final LiveCollection collection;
    private final Function<Occur, ArticleQueryParser> parsers;
    private final Analyzer analyzer;
    private final Passages passages;
    private final SpellingCorrection spelling;

    SolrSearch(LiveCollection collection, Analyzer analyzer, KnowledgeBase knowledgeBase) {
        this.collection = collection;
        this.analyzer = analyzer;
        this.parsers = operator -> new ArticleQueryParser(analyzer, operator, knowledgeBase);
        this.passages = new Passages(analyzer);
        this.spelling = new SpellingCorrection(analyzer);
    }

    SearchResult search(SearchRequest request) throws IOException {
        return CorrectedSearch.of(request, this::searchAsTyped);
    }

    private SearchResult searchAsTyped(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        RankedQuery query = RankedQuery.of(request.query(), parsers);
        Optional<Cursor> cursor = Cursor.of(request, Cursor.Engine.SOLR);
        // by date, paged by number, one request finds the page, counts the results and their facets
        boolean pageByDate = request.sort() != SortOrder.RELEVANCE && cursor.isEmpty();
        SolrFacets facets = new SolrFacets(request);
        WordMatch match = request.match();
        QueryResponse counted = collection.query(counting(query.results(match), request, facets, pageByDate));
        if (counted.getResults().getNumFound() == 0 && match == WordMatch.ALL && query.partial()) {
            match = WordMatch.ANY;
            counted = collection.query(counting(query.results(match), request, facets, pageByDate));
        }
        List<Query> tiers = query.tiers(request.sort(), match);
        List<Scored> page;
        Cursor next = null;
        if (cursor.isPresent()) {
            Paged after = afterCursor(tiers, request, cursor.get());
            page = after.hits();
            next = after.next();
        } else {
            page = pageByDate ? scored(counted.getResults(), false) : ranked(tiers, request);
        }
        List<List<String>> missing = MissingWords.of(match == WordMatch.ANY ? query.words() : List.of(),
                page.stream().map(Scored::article).toList(), this::having);
        List<Hit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Article article = page.get(i).article();
            hits.add(EntityChips.hit(article, page.get(i).score(), snippet(query, article), missing.get(i)));
        }
        Map<String, List<FacetValue>> facetValues =
                new FacetCounts(facets.tallies(counted.getJsonFacetingResponse())).of(request);
        String suggestion = suggestion(request, query).orElse(null);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return SearchResult.of(request, match, counted.getResults().getNumFound(), tookMs, hits, facetValues,
                suggestion, next == null ? null : next.text(request, Cursor.Engine.SOLR));
    }

    /** The request that counts the results with their facets, and finds the page too when {@code withPage}. */
    private static ModifiableSolrParams counting(Query results, SearchRequest request, SolrFacets facets,
            boolean withPage) {
        ModifiableSolrParams counting = filtered(results, request, 0, 0);
        counting.set(SolrFacets.PARAMETER, facets.json(new SolrQueryWriter(counting)));
        if (withPage) {
            counting.set(CommonParams.START, (request.page() - 1) * request.size()).set(CommonParams.ROWS, request.size())
                    .set(CommonParams.FL, HIT_FIELDS).set(CommonParams.SORT, SolrSort.of(request.sort()));
        }
        return counting;
    }

    /** Which of the articles {@code ids} have {@code word}. */
    private Set<String> having(QueryWord word, List<String> ids) {
        ModifiableSolrParams params = new ModifiableSolrParams().set(CommonParams.ROWS, ids.size())
                .set(CommonParams.FL, Fields.ID);
        SolrQueryWriter writer = new SolrQueryWriter(params);
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        ids.forEach(id -> anyOf.add(new TermQuery(ArticleSchema.idTerm(id)), Occur.SHOULD));
        params.set(CommonParams.Q, writer.write(word.query())).set(CommonParams.FQ, writer.write(anyOf.build()));
        Set<String> having = new HashSet<>();
        collection.query(params).getResults().forEach(found -> having.add((String) found.getFieldValue(Fields.ID)));
        return having;
    }

    /** A hit's article, and its score when the results are by relevance. */
    private record Scored(Article article, Float score) {}

    /** One page of hits in a cursor's order, and the cursor after it (null at the end). */
    private record Paged(List<Scored> hits, Cursor next) {}

    /**
     * The page after {@code cursor}: Solr's own cursor (its mark is the last hit's sort values) in the request's order
     * with the id last, tier after tier, as LocalCursorPages pages the local index.
     */
    private Paged afterCursor(List<Query> tiers, SearchRequest request, Cursor cursor) {
        List<Scored> page = new ArrayList<>(request.size());
        Cursor last = cursor;
        for (int tier = cursor.tier(); tier < tiers.size() && page.size() < request.size(); tier++) {
            String mark = tier == cursor.tier() && !cursor.atStartOfTier() ? cursor.mark()
                    : CursorMarkParams.CURSOR_MARK_START;
            QueryResponse found = collection.query(hits(tiers.get(tier), request, 0, request.size() - page.size())
                    .set(CommonParams.SORT, SolrSort.withIdLast(request.sort()))
                    .set(CursorMarkParams.CURSOR_MARK_PARAM, mark));
            List<Scored> some = scored(found.getResults(), request.sort() == SortOrder.RELEVANCE);
            page.addAll(some);
            if (!some.isEmpty()) {
                last = new Cursor(tier, found.getNextCursorMark());
            }
        }
        return new Paged(page, page.size() == request.size() ? last : null);
    }

    /**
     * The page of the best results: those of the first tier, then (when the page is not full of them) of the next,
     * as ArchiveSearch ranks them; a tier starts where the one before ran out.
     */
    private List<Scored> ranked(List<Query> tiers, SearchRequest request) {
        List<Scored> page = new ArrayList<>(request.size());
        long before = (long) (request.page() - 1) * request.size(); // how many results of the tiers left come first
        for (Query tier : tiers) {
            if (page.size() == request.size()) {
                break;
            }
            SolrDocumentList found = collection.query(hits(tier, request, (int) Math.max(0, before),
                    request.size() - page.size())).getResults();
            page.addAll(scored(found, true));
            before -= found.getNumFound();
        }
        return page;
    }

    private ModifiableSolrParams hits(Query query, SearchRequest request, int start, int rows) {
        return filtered(query, request, start, rows).set(CommonParams.FL, HIT_FIELDS);
    }

    /** A request for the matches of {@code query} with the request's filters. */
    private static ModifiableSolrParams filtered(Query query, SearchRequest request, int start, int rows) {
        ModifiableSolrParams params = new ModifiableSolrParams()
                .set(CommonParams.START, start)
                .set(CommonParams.ROWS, rows);
        SolrQueryWriter writer = new SolrQueryWriter(params);
        params.set(CommonParams.Q, writer.write(query));
        SolrFilters.of(request, writer).forEach(filter -> params.add(CommonParams.FQ, filter));
        return params;
    }

    private static List<Scored> scored(SolrDocumentList documents, boolean byRelevance) {
        List<Scored> scored = new ArrayList<>(documents.size());
        for (SolrDocument document : documents) {
            scored.add(new Scored(SolrDocuments.fromDocument(document),
                    byRelevance ? ((Number) document.getFieldValue(SCORE)).floatValue() : null));
        }
        return scored;
    }

    private String snippet(RankedQuery query, Article article) throws IOException {
        return passages.snippets(ArticleText.searcher(article.rankedBody(), analyzer), query.matching(),
                new int[] {ArticleText.DOC}, new String[] {article.rankedBody()})[0];
    }

    /** A corrected query, offered only when it finds more articles with all their terms than the original. */
    private Optional<String> suggestion(SearchRequest request, RankedQuery query) throws IOException {
        Optional<String> corrected = spelling.correct(new SolrSpellingDictionary(collection), query.text());
        if (corrected.isEmpty()) {
            return Optional.empty();
        }
        Query correctedAll = parsers.apply(Occur.MUST).parse(corrected.get());
        long before = count(query.allTerms(), request);
        long after = count(correctedAll, request);
        return after > before ? corrected : Optional.empty();
    }

    private long count(Query query, SearchRequest request) {
        return collection.query(filtered(query, request, 0, 0)).getResults().getNumFound();
    }

}
