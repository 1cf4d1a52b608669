package broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's query string as the queries a search needs. {@code matching} finds the articles with any of
 * the terms (what counts, facets, highlighting and spelling look at); {@code allTerms} those with every
 * term (what a spelling correction must find more of). Results are ranked in two tiers, so that articles
 * with all the terms always come first: {@link #allTermsRanked()} ranks {@code allTerms} with extra weight
 * for title matches (the parser's field weights) and for terms near each other ({@code proximity}); then
 * {@link #someTerms()} ranks the rest of {@code matching}. Within a tier the score is the same BM25 sum a
 * single query over {@code matching} would give, plus the proximity boost. {@code expanding}: whether the
 * query has fuzzy or prefix terms, which cost many times a plain term.
 */
public record RankedQuery(String text, Query matching, Query allTerms, List<Query> proximity, boolean expanding) {

    static final float PROXIMITY_BOOST = 2f;
    /** Terms within this many positions of each other (any order) count as near. */
    static final int PROXIMITY_SLOP = 12;
    private static final int MAX_PROXIMITY_TERMS = 8;
    private static final Pattern EXCLUDED_WORD = Pattern.compile("(^|\\s)-\\S*");

    public RankedQuery {
        proximity = List.copyOf(proximity);
    }

    /**
     * @param parsers makes the parser for a default operator; called with SHOULD and MUST
     * @throws InvalidRequestException when the query has more terms than a Lucene query may, or more
     *     fuzzy or prefix terms than {@link ArticleQueryParser} allows
     */
    public static RankedQuery of(String text, Function<Occur, ArticleQueryParser> parsers) {
        try {
            return parse(text, parsers);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("the query has too many terms");
        }
    }

    private static RankedQuery parse(String text, Function<Occur, ArticleQueryParser> parsers) {
        if (text.isBlank()) {
            return new RankedQuery(text, MatchAllDocsQuery.INSTANCE, MatchAllDocsQuery.INSTANCE, List.of(), false);
        }
        ArticleQueryParser anyParser = parsers.apply(Occur.SHOULD);
        Query any = exclusionsExclude(anyParser.parse(text));
        boolean expanding = anyParser.expands();
        Query all = parsers.apply(Occur.MUST).parse(text);
        List<Query> near = new ArrayList<>();
        List<String> words = proximityTerms(anyParser.getAnalyzer(), text);
        if (words.size() > 1) {
            for (String field : ArticleQueryParser.FIELD_WEIGHTS.keySet()) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
                words.forEach(w -> phrase.add(new Term(field, w)));
                near.add(new BoostQuery(phrase.build(), PROXIMITY_BOOST));
            }
        }
        return new RankedQuery(text, any, all, near, expanding);
    }

    /** {@code allTerms}, ranked higher for terms near each other. */
    public Query allTermsRanked() {
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(allTerms, Occur.MUST);
        proximity.forEach(near -> ranked.add(near, Occur.SHOULD));
        return ranked.build();
    }

    /** What {@code matching} finds that {@code allTerms} does not. */
    public Query someTerms() {
        return matching.equals(allTerms) ? new MatchNoDocsQuery("every match has all the terms")
                : new BooleanQuery.Builder().add(matching, Occur.MUST).add(allTerms, Occur.MUST_NOT).build();
    }

    /**
     * The queries whose matches follow each other in {@code order}: by relevance those with all the terms, then (if
     * any others match) the rest; by date every match in one.
     */
    List<Query> tiers(SortOrder order) {
        if (order != SortOrder.RELEVANCE) {
            return List.of(matching);
        }
        return matching.equals(allTerms) ? List.of(allTermsRanked()) : List.of(allTermsRanked(), someTerms());
    }

    /**
     * The same query with its fuzzy and prefix terms expanded to the terms of one view of the index, once
     * for all the passes of a search over that view rather than once a pass.
     */
    RankedQuery expandedOn(IndexSearcher searcher) throws IOException {
        if (!expanding) {
            return this;
        }
        Query any = searcher.rewrite(matching);
        Query all = matching.equals(allTerms) ? any : searcher.rewrite(allTerms);
        return new RankedQuery(text, any, all, proximity, true);
    }

    /**
     * With OR between words SimpleQueryParser reads {@code a -b} as "a, or anything without b"; a reader
     * means "a, and nothing with b". Top-level negations become exclusions of the whole query.
     */
    static Query exclusionsExclude(Query parsed) {
        if (!(parsed instanceof BooleanQuery bool)) {
            return parsed;
        }
        BooleanQuery.Builder rewritten =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        List<Query> excluded = new ArrayList<>();
        boolean positive = false;
        for (BooleanClause clause : bool.clauses()) {
            List<Query> negated = clause.occur() == Occur.SHOULD ? negation(clause.query()) : List.of();
            if (negated.isEmpty()) {
                rewritten.add(clause);
                positive |= clause.occur() != Occur.MUST_NOT;
            } else {
                excluded.addAll(negated);
            }
        }
        if (!positive || excluded.isEmpty()) {
            return parsed;
        }
        excluded.forEach(q -> rewritten.add(q, Occur.MUST_NOT));
        return rewritten.build();
    }

    /** The excluded queries of a pure negation ({@code -x *:*}), or nothing if it is not one. */
    private static List<Query> negation(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return List.of();
        }
        List<Query> excluded = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == Occur.MUST_NOT) {
                excluded.add(clause.query());
            } else if (!(clause.query() instanceof MatchAllDocsQuery)) {
                return List.of();
            }
        }
        return excluded;
    }

    /** The analysed words of the query that are not excluded, in order; operators are ignored. */
    static List<String> proximityTerms(Analyzer analyzer, String text) {
        List<String> terms = Analysis.terms(analyzer, EXCLUDED_WORD.matcher(text).replaceAll(" "));
        return terms.subList(0, Math.min(terms.size(), MAX_PROXIMITY_TERMS));
    }
}
