package broadsheet.search;

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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A reader's query string as the two queries a search needs: {@code matching}, the articles with any of
 * the terms (what highlighting and spelling look at), and {@code ranked}, the same articles scored so
 * that those with all the terms come first, then title matches and terms near each other.
 *
 * <p>"All the terms first" is a tier, not a nudge: every article matching the whole query gets
 * {@link #ALL_TERMS_TIER} added, which is more than BM25 gives any article for a query of reasonable
 * length, so the all-terms articles are ordered among themselves by their ordinary score.
 */
public record RankedQuery(String text, Query matching, Query ranked) {

    static final float ALL_TERMS_TIER = 1000f;
    static final float PROXIMITY_BOOST = 2f;
    /** Terms within this many positions of each other (any order) count as near. */
    static final int PROXIMITY_SLOP = 12;
    private static final int MAX_PROXIMITY_TERMS = 8;
    private static final Pattern EXCLUDED_WORD = Pattern.compile("(^|\\s)-\\S*");

    /**
     * @param parsers makes the parser for a default operator; called with SHOULD and MUST
     */
    public static RankedQuery of(String text, Function<Occur, ArticleQueryParser> parsers) {
        if (text.isBlank()) {
            return new RankedQuery(text, new MatchAllDocsQuery(), new MatchAllDocsQuery());
        }
        ArticleQueryParser anyParser = parsers.apply(Occur.SHOULD);
        Query any = exclusionsExclude(anyParser.parse(text));
        Query all = parsers.apply(Occur.MUST).parse(text);
        BooleanQuery.Builder ranked = new BooleanQuery.Builder()
                .add(any, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(all), ALL_TERMS_TIER), Occur.SHOULD);
        List<String> words = proximityTerms(anyParser.getAnalyzer(), text);
        if (words.size() > 1) {
            for (String field : ArticleQueryParser.FIELD_WEIGHTS.keySet()) {
                PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(PROXIMITY_SLOP);
                words.forEach(w -> near.add(new Term(field, w)));
                ranked.add(new BoostQuery(near.build(), PROXIMITY_BOOST), Occur.SHOULD);
            }
        }
        return new RankedQuery(text, any, ranked.build());
    }

    /**
     * With OR between words SimpleQueryParser reads {@code a -b} as "a, or anything without b"; a reader
     * means "a, and nothing with b". Top-level negations become exclusions of the whole query.
     */
    static Query exclusionsExclude(Query parsed) {
        if (!(parsed instanceof BooleanQuery bool)) {
            return parsed;
        }
        BooleanQuery.Builder rewritten = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
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
