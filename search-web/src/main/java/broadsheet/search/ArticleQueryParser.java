package broadsheet.search;

import broadsheet.entity.KnownEntity;
import broadsheet.entity.KnowledgeBase;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a reader types, as a Lucene query over title and body: SimpleQueryParser's forgiving syntax, where
 * no input is a syntax error.
 *
 * <p>A word or phrase that names a known entity, in any of its spellings, matches every spelling of it and
 * every article the linker found it in (its facet's drill-down term, which also covers misspellings and
 * surnames alone). The expansion is built from the entity, not from what was typed, so "Zelensky",
 * "Zelenskiy" and "Zelenskyy" are one and the same query.
 */
public class ArticleQueryParser extends SimpleQueryParser {

    /** A title match counts for more than the same match in the body. */
    public static final Map<String, Float> FIELD_WEIGHTS = Map.of(Fields.TITLE, 3f, Fields.BODY, 1f);

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern BARE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’\\-]*");

    private final KnowledgeBase knowledgeBase;

    public ArticleQueryParser(Analyzer analyzer, BooleanClause.Occur defaultOperator, KnowledgeBase knowledgeBase) {
        super(analyzer, FIELD_WEIGHTS);
        setDefaultOperator(defaultOperator);
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public Query parse(String queryText) {
        return super.parse(quoteNames(queryText));
    }

    @Override
    protected Query newDefaultQuery(String text) {
        return knowledgeBase.named(text).map(this::anySpelling).orElseGet(() -> super.newDefaultQuery(text));
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
        return knowledgeBase.named(text).map(this::anySpelling).orElseGet(() -> super.newPhraseQuery(text, slop));
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
