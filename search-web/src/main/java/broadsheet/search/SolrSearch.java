package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.SolrDocuments;
import broadsheet.search.SearchResult.FacetValue;
import broadsheet.search.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchNoDocsQuery;
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
        long started = System.nanoTime();
        RankedQuery query = RankedQuery.of(request.query(), parsers);
        int first = (request.page() - 1) * request.size();
        SolrFacets facets = new SolrFacets(request);
        ModifiableSolrParams counting = filtered(query.matching(), request, 0, 0);
        counting.set(SolrFacets.PARAMETER, facets.json(new SolrQueryWriter(counting)));
        List<Scored> page;
        QueryResponse counted;
        Optional<Cursor> cursor = Cursor.of(request, Cursor.Engine.SOLR);
        Cursor next = null;
        if (cursor.isPresent()) {
            counted = collection.query(counting);
            Paged after = afterCursor(query, request, cursor.get());
            page = after.hits();
            next = after.next();
        } else if (request.sort() == SortOrder.RELEVANCE) {
            counted = collection.query(counting);
            page = ranked(query, request, first);
        } else {
            // by date: one request finds the page, counts every match and the facets
            counting.set(CommonParams.START, first).set(CommonParams.ROWS, request.size())
                    .set(CommonParams.FL, HIT_FIELDS).set(CommonParams.SORT, SolrSort.of(request.sort()));
            counted = collection.query(counting);
            page = scored(counted.getResults(), false);
        }
        List<Hit> hits = new ArrayList<>(page.size());
        for (Scored hit : page) {
            hits.add(EntityChips.hit(hit.article(), hit.score(), snippet(query, hit.article())));
        }
        Map<String, List<FacetValue>> facetValues =
                new FacetCounts(facets.tallies(counted.getJsonFacetingResponse())).of(request);
        String suggestion = suggestion(request, query).orElse(null);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return SearchResult.of(request, counted.getResults().getNumFound(), tookMs, hits, facetValues, suggestion,
                next == null ? null : next.text(request, Cursor.Engine.SOLR));
    }

    /** A hit's article, and its score when the results are by relevance. */
    private record Scored(Article article, Float score) {}

    /** One page of hits in a cursor's order, and the cursor after it (null at the end). */
    private record Paged(List<Scored> hits, Cursor next) {}

    /**
     * The page after {@code cursor}: Solr's own cursor (its mark is the last hit's sort values) in the request's order
     * with the id last, tier after tier, as LocalCursorPages pages the local index.
     */
    private Paged afterCursor(RankedQuery query, SearchRequest request, Cursor cursor) {
        List<Query> tiers = query.tiers(request.sort());
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
     * The page of the best matches: those with all the terms ranked first, then (when the page is not full of them)
     * the rest, as ArchiveSearch ranks them; the second tier starts where the first ran out.
     */
    private List<Scored> ranked(RankedQuery query, SearchRequest request, int first) {
        SolrDocumentList all = collection.query(hits(query.allTermsRanked(), request, first, request.size())).getResults();
        List<Scored> page = new ArrayList<>(scored(all, true));
        if (page.size() < request.size() && !(query.someTerms() instanceof MatchNoDocsQuery)) {
            int start = (int) Math.max(0, first - all.getNumFound());
            SolrDocumentList some = collection.query(hits(query.someTerms(), request, start, request.size() - page.size()))
                    .getResults();
            page.addAll(scored(some, true));
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
        return passages.snippets(ArticleText.searcher(article.body(), analyzer), query.matching(),
                new int[] {ArticleText.DOC}, new String[] {article.body()})[0];
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
