package broadsheet.search;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.knowledge.KnownEntity;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a reader types, as a Lucene query over title and body: SimpleQueryParser's forgiving syntax
 * ("phrases", -exclusion, | for OR, prefix*, fuzzy~), where no input is a syntax error.
 *
 * <p>The default operator decides how bare words combine; {@link RankedQuery} parses a query both ways
 * to find what matches any term and to rank what matches all of them first. Ranking, filters and facets
 * live outside this class.
 *
 * <p>A word or phrase that names a known entity, in any of its spellings, matches every spelling of it and
 * every article the linker found it in (its facet's drill-down term, which also covers misspellings and
 * surnames alone). The expansion is built from the entity, not from what was typed, so "Zelensky",
 * "Zelenskiy" and "Zelenskyy" are one and the same query.
 */
public class ArticleQueryParser extends SimpleQueryParser {

    /** A title match counts for more than the same match in the body. */
    public static final Map<String, Float> FIELD_WEIGHTS = Map.of(Fields.TITLE, 3f, Fields.BODY, 1f);

    /** Prefix queries expand to at most this many terms per field, the most frequent first. */
    static final int MAX_PREFIX_EXPANSIONS = 128;

    /** Shorter prefixes ("a*") would touch most of the dictionary for no useful result. */
    static final int MIN_PREFIX_LENGTH = 2;

    /**
     * A query may have this many different fuzzy or prefix terms: each one is matched against the whole
     * term dictionary of both fields, several times a search, which costs more than the rest of the search.
     */
    static final int MAX_EXPANDING_TERMS = 8;

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern BARE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’\\-]*");

    private final KnowledgeBase knowledgeBase;
    /** The fuzzy and prefix terms of the query being parsed, as the index knows them. */
    private final Set<String> expanding = new HashSet<>();
    /** The query of each word, phrase or name of the query being parsed, with the word as typed. */
    private final Map<Query, String> typed = new HashMap<>();

    @SuppressWarnings("this-escape") // setDefaultOperator only stores the operator
    public ArticleQueryParser(Analyzer analyzer, BooleanClause.Occur defaultOperator, KnowledgeBase knowledgeBase) {
        super(analyzer, FIELD_WEIGHTS);
        setDefaultOperator(defaultOperator);
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * @throws InvalidRequestException when the query has more than {@value #MAX_EXPANDING_TERMS} different
     *     fuzzy or prefix terms
     */
    @Override
    public Query parse(String queryText) {
        expanding.clear();
        typed.clear();
        return deduplicated(super.parse(quoteNames(queryText)));
    }

    /**
     * The words of {@code parsed}, the query this parser last parsed, that an article may have or lack: each word,
     * phrase, name, prefix or fuzzy term at its top level, as typed, with its query (a group in parentheses is none).
     */
    List<QueryWord> words(Query parsed) {
        List<Query> top = typed.containsKey(parsed) || !(parsed instanceof BooleanQuery bool) ? List.of(parsed)
                : bool.clauses().stream().filter(c -> c.occur() != BooleanClause.Occur.MUST_NOT)
                        .map(BooleanClause::query).toList();
        return top.stream().filter(typed::containsKey).map(q -> new QueryWord(typed.get(q), q)).toList();
    }

    @Override
    protected Query newFuzzyQuery(String text, int fuzziness) {
        expands(normalized(text) + "~" + fuzziness);
        return typed(text + "~" + fuzziness, super.newFuzzyQuery(text, fuzziness));
    }

    @Override
    protected Query newDefaultQuery(String text) {
        return typed(text, knowledgeBase.named(text).map(this::anySpelling).orElseGet(() -> super.newDefaultQuery(text)));
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
        return typed('"' + text + '"',
                knowledgeBase.named(text).map(this::anySpelling).orElseGet(() -> super.newPhraseQuery(text, slop)));
    }

    /** Notes {@code query} as the query of {@code text}; null (a stop word alone) is no word. */
    private Query typed(String text, Query query) {
        if (query != null) {
            typed.put(query, text);
        }
        return query;
    }

    @Override
    protected Query newPrefixQuery(String text) {
        String normalized = normalized(text);
        if (normalized.codePointCount(0, normalized.length()) < MIN_PREFIX_LENGTH) {
            return new MatchNoDocsQuery("prefix shorter than " + MIN_PREFIX_LENGTH);
        }
        expands(normalized + "*");
        BooleanQuery.Builder perField = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            Query prefix = new PrefixQuery(new Term(field.getKey(), normalized),
                    new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS));
            perField.add(new BoostQuery(prefix, field.getValue()), BooleanClause.Occur.SHOULD);
        }
        return typed(text + "*", simplify(perField.build()));
    }

    /** Whether the query last parsed has fuzzy or prefix terms. */
    boolean expands() {
        return !expanding.isEmpty();
    }

    private String normalized(String text) {
        return getAnalyzer().normalize(Fields.BODY, text).utf8ToString();
    }

    private void expands(String term) {
        if (expanding.add(term) && expanding.size() > MAX_EXPANDING_TERMS) {
            throw new InvalidRequestException("a query may have at most " + MAX_EXPANDING_TERMS
                    + " different fuzzy (word~) or prefix (word*) terms");
        }
    }

    /**
     * The query with each boolean's repeated clauses once ({@code trump trump} is {@code trump}): a reader
     * repeating a word means it no more, and every copy would be rewritten and scored again.
     */
    static Query deduplicated(Query query) {
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(deduplicated(boost.getQuery()), boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0) {
            return query;
        }
        Set<BooleanClause> clauses = new LinkedHashSet<>();
        bool.clauses().forEach(c -> clauses.add(new BooleanClause(deduplicated(c.query()), c.occur())));
        BooleanQuery.Builder once = new BooleanQuery.Builder();
        clauses.forEach(once::add);
        return once.build();
    }

    /**
     * The entity's drill-down term, or any of its spellings in the text. Short acronyms (US, EU) are left to
     * the drill-down term: as text they are common words ("us").
     */
    private Query anySpelling(KnownEntity entity) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        entity.type().facetField().ifPresent(dim -> any.add(new ConstantScoreQuery(new TermQuery(DrillDownQuery.term(
                ArticleSchema.facetsConfig().getDimConfig(dim).indexFieldName, dim, entity.name()))),
                BooleanClause.Occur.SHOULD));
        for (String name : entity.names()) {
            if (!KnowledgeBase.isShortAcronym(name)) {
                Query text = name.contains(" ") ? super.newPhraseQuery(name, 0) : super.newDefaultQuery(name);
                if (text != null) {
                    any.add(text, BooleanClause.Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    /** Quotes each bare name of several words ("Volodymyr Zelensky"), so that it reaches newPhraseQuery whole. */
    private String quoteNames(String query) {
        List<MatchResult> tokens = TOKEN.matcher(query).results().toList();
        StringBuilder quoted = new StringBuilder(query.length() + 8);
        int copied = 0;
        boolean inQuotes = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!inQuotes) {
                int bare = i;
                while (bare < tokens.size() && BARE_WORD.matcher(tokens.get(bare).group()).matches()) {
                    bare++;
                }
                int words = knowledgeBase.nameLength(tokens.subList(i, bare).stream().map(MatchResult::group).toList());
                if (words > 1) {
                    int end = tokens.get(i + words - 1).end();
                    quoted.append(query, copied, tokens.get(i).start()).append('"')
                            .append(query, tokens.get(i).start(), end).append('"');
                    copied = end;
                    i += words - 1;
                    continue;
                }
            }
            inQuotes ^= tokens.get(i).group().chars().filter(c -> c == '"').count() % 2 == 1;
        }
        return quoted.append(query, copied, query.length()).toString();
    }
}
