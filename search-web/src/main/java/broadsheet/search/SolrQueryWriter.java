package broadsheet.search;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.NewsAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes the Lucene queries Broadsheet's own query code builds ({@link RankedQuery}) in Solr's standard query syntax
 * (defType=lucene), so that Solr searches for exactly the same terms with the same boosts, and, with the configset's
 * ExactStatsCache, scores them as the local index does. Term values go into request parameters of their own
 * ({@code {!term f=body v=$bs1}}): Solr takes them as they are, with nothing to escape and no analysis.
 *
 * <p>Two kinds of query are searched on Solr as the closest Solr has: prefix terms ({@code secur*}) are rewritten
 * to every term with the prefix, each scoring the same, where the local index ranks the 128 most frequent by BM25;
 * fuzzy terms ({@code zelensky~}) are rewritten on each shard from that shard's own terms and frequencies. Both find
 * the same articles (but for prefixes of more than 128 terms), ranked somewhat differently.
 */
final class SolrQueryWriter {

    /** What Solr reads as a query that matches nothing (a lone negation would be made to match everything else). */
    static final String NOTHING = "(+*:* -*:*)";
    private static final String PARAMETER_PREFIX = "bs";
    /** Stands in for a stop word a phrase skips: Solr's analysis removes it again and leaves its position empty. */
    private static final String STOP_WORD = "the";
    /** The analysis Solr's configset gives title and body; an analyzer serves any number of threads. */
    private static final Analyzer ANALYZER = new NewsAnalyzer();
    private static final Set<String> FACET_FIELDS = ArticleSchema.FACETS.stream()
            .map(dim -> ArticleSchema.facetsConfig().getDimConfig(dim).indexFieldName).collect(Collectors.toSet());

    private final ModifiableSolrParams params;
    private int parameters;

    /** A writer that adds the values of the queries it writes to {@code params}, the request they are for. */
    SolrQueryWriter(ModifiableSolrParams params) {
        this.params = params;
    }

    /**
     * The query in Solr's syntax.
     *
     * @throws IllegalArgumentException for a kind of query Broadsheet's query code does not build
     * @throws InvalidRequestException for a phrase that Solr's analysis would not find as the local index does
     */
    String write(Query query) {
        return switch (query) {
            case TermQuery term -> term(term.getTerm());
            case BoostQuery boost -> "(" + write(boost.getQuery()) + ")^" + boost.getBoost();
            // Solr's ^= is Lucene's ConstantScoreQuery, scoring its boost (1 here) for every match
            case ConstantScoreQuery constant -> "(" + write(constant.getQuery()) + ")^=1.0";
            case BooleanQuery bool -> bool(bool);
            case PhraseQuery phrase -> phrase(phrase);
            case PrefixQuery prefix -> "{!prefix f=" + prefix.getPrefix().field() + " v=" + parameter(prefix.getPrefix().text()) + "}";
            case FuzzyQuery fuzzy -> fuzzy.getPrefixLength() == 0 && fuzzy.getTranspositions()
                    ? fuzzy.getField() + ":" + ClientUtils.escapeQueryChars(fuzzy.getTerm().text()) + "~" + fuzzy.getMaxEdits()
                    : unsupported(query);
            case MatchAllDocsQuery all -> "*:*";
            case MatchNoDocsQuery none -> NOTHING;
            default -> unsupported(query);
        };
    }

    /** A term query on this field for exactly this value. */
    String term(String field, String value) {
        return "{!term f=" + field + " v=" + parameter(value) + "}";
    }

    /** A reference ({@code $bs1}) to a new parameter of the request holding {@code value}, for a local parameter. */
    String parameter(String value) {
        String name;
        do { // another writer may have written queries into the same request
            name = PARAMETER_PREFIX + ++parameters;
        } while (params.get(name) != null);
        params.set(name, value);
        return "$" + name;
    }

    /**
     * A term of the local index's facet field (an entity's drill-down term, "person" + "Volodymyr Zelenskyy") is, in
     * Broadsheet's Solr schema, the value itself in the field of its facet.
     */
    private String term(Term term) {
        if (FACET_FIELDS.contains(term.field())) {
            String[] path = FacetsConfig.stringToPath(term.text());
            return term(path[0], path[path.length - 1]);
        }
        return term(term.field(), term.text());
    }

    private String bool(BooleanQuery bool) {
        if (bool.getMinimumNumberShouldMatch() > 0) {
            return unsupported(bool);
        }
        // Lucene matches nothing with no clause that can match; Solr would add *:* to a lone negation
        if (bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            return NOTHING;
        }
        List<String> clauses = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            String inner = write(clause.query());
            clauses.add(switch (clause.occur()) {
                case MUST -> "+(" + inner + ")";
                case SHOULD -> "(" + inner + ")";
                case MUST_NOT -> "-(" + inner + ")";
                // Solr's filter() matches without scoring, as a Lucene FILTER clause does
                case FILTER -> "+filter(" + inner + ")";
            });
        }
        return "(" + String.join(" ", clauses) + ")";
    }

    /**
     * A phrase as text that Solr's analysis (the same chain as {@link NewsAnalyzer}, see the configset) makes into
     * this very phrase: its terms, with a stop word wherever the phrase skips a position. Solr has no query syntax
     * for a phrase of given terms at given positions; the text is checked here with the same analysis.
     */
    private String phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            for (int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1; gap > 0; gap--) {
                words.add(STOP_WORD);
            }
            words.add(terms[i].text());
        }
        String text = String.join(" ", words);
        if (!analysed(phrase.getField(), text).equals(relative(phrase))) {
            throw new InvalidRequestException("the phrase \"" + text + "\" cannot be searched exactly on SolrCloud;"
                    + " search its words without quotes");
        }
        return phrase.getField() + ":\"" + words.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" "))
                + "\"" + (phrase.getSlop() > 0 ? "~" + phrase.getSlop() : "");
    }

    /** The phrase's terms with their positions counted from its first. */
    private static List<String> relative(PhraseQuery phrase) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < phrase.getTerms().length; i++) {
            terms.add((phrase.getPositions()[i] - phrase.getPositions()[0]) + ":" + phrase.getTerms()[i].text());
        }
        return terms;
    }

    private List<String> analysed(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            Integer first = null;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                first = first == null ? position : first;
                terms.add((position - first) + ":" + term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string in memory cannot fail", e);
        }
        return terms;
    }

    private static String unsupported(Query query) {
        throw new IllegalArgumentException("no Solr syntax for " + query.getClass().getSimpleName() + ": " + query);
    }
}
