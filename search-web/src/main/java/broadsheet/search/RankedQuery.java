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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's query string as the queries a search needs. {@code matching} finds the articles with any of
 * the terms (what highlighting looks at); {@code allTerms} those with every term: the results, unless
 * none has them all or the reader asks for any ({@link #results}), and what a spelling correction must find
 * more of. {@code words} are the query's words as typed, each with its query, so that a result can say
 * which it lacks. Results with any of the words are ranked in two tiers, so that articles with all the
 * terms always come first: {@link #allTermsRanked()} ranks {@code allTerms} with extra weight for title
 * matches (the parser's field weights) and for terms near each other ({@code proximity}); then
 * {@link #someTermsRanked()} ranks the rest of {@code matching}, those with more of the words first. Within a
 * tier the score is the same BM25 sum a single query over {@code matching} would give, plus the proximity
 * boost (and, in the second, {@link #COORDINATION} for each word). {@code expanding}: whether the query has
 * fuzzy or prefix terms, which cost many times a plain term.
 */
public record RankedQuery(String text, Query matching, Query allTerms, List<QueryWord> words, List<Query> proximity,
        boolean expanding) {

    /**
     * What each of the query's words an article has adds to its score among those without all the words: more
     * than any BM25 sum of news text reaches, so that the articles with more of the words come first.
     */
    static final float COORDINATION = 1000f;

    static final float PROXIMITY_BOOST = 2f;
    /** Terms within this many positions of each other (any order) count as near. */
    static final int PROXIMITY_SLOP = 12;
    private static final int MAX_PROXIMITY_TERMS = 8;
    private static final Pattern EXCLUDED_WORD = Pattern.compile("(^|\\s)-\\S*");

    public RankedQuery {
        words = List.copyOf(words);
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
            return new RankedQuery(text, MatchAllDocsQuery.INSTANCE, MatchAllDocsQuery.INSTANCE, List.of(), List.of(),
                    false);
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
        return new RankedQuery(text, any, all, anyParser.words(any), near, expanding);
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

    /** {@link #someTerms()}, ranked by how many of the words an article has, then as {@code matching} ranks it. */
    public Query someTermsRanked() {
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(someTerms(), Occur.MUST);
        words.forEach(word -> ranked.add(new BoostQuery(new ConstantScoreQuery(word.query()), COORDINATION), Occur.SHOULD));
        return ranked.build();
    }

    /** Whether some articles may have only some of the words: a query of one word, or none, has no such articles. */
    public boolean partial() {
        return !matching.equals(allTerms);
    }

    /** The articles that are the results when the words find {@code match}. */
    public Query results(SearchRequest.WordMatch match) {
        return match == SearchRequest.WordMatch.ALL ? allTerms : matching;
    }

    /**
     * The queries whose matches follow each other in {@code order}, for results that {@code match}: by relevance
     * those with all the terms, then (if the results may have only some) the rest; by date every result in one.
     */
    List<Query> tiers(SortOrder order, SearchRequest.WordMatch match) {
        if (order != SortOrder.RELEVANCE) {
            return List.of(results(match));
        }
        return match == SearchRequest.WordMatch.ALL || !partial() ? List.of(allTermsRanked())
                : List.of(allTermsRanked(), someTermsRanked());
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
        List<QueryWord> rewritten = new ArrayList<>(words.size());
        for (QueryWord word : words) {
            rewritten.add(new QueryWord(word.text(), searcher.rewrite(word.query())));
        }
        return new RankedQuery(text, any, all, rewritten, proximity, true);
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
