package broadsheet.search;

import broadsheet.schema.Fields;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * What a reader types, as a Lucene query over title and body: SimpleQueryParser's forgiving syntax
 * ("phrases", -exclusion, | for OR, prefix*, fuzzy~), where no input is a syntax error.
 *
 * <p>The default operator decides how bare words combine; {@link RankedQuery} parses a query both ways
 * to find what matches any term and to rank what matches all of them first. Subclasses may rewrite
 * {@link #newDefaultQuery} and {@link #newPhraseQuery} (entity aliases) without touching ranking,
 * filters or facets, which live outside this class.
 */
public class ArticleQueryParser extends SimpleQueryParser {

    /** A title match counts for more than the same match in the body. */
    public static final Map<String, Float> FIELD_WEIGHTS = Map.of(Fields.TITLE, 3f, Fields.BODY, 1f);

    /** Prefix queries expand to at most this many terms per field, the most frequent first. */
    static final int MAX_PREFIX_EXPANSIONS = 128;

    /** Shorter prefixes ("a*") would touch most of the dictionary for no useful result. */
    static final int MIN_PREFIX_LENGTH = 2;

    @SuppressWarnings("this-escape") // setDefaultOperator only stores the operator
    public ArticleQueryParser(Analyzer analyzer, BooleanClause.Occur defaultOperator) {
        super(analyzer, FIELD_WEIGHTS);
        setDefaultOperator(defaultOperator);
    }

    @Override
    protected Query newPrefixQuery(String text) {
        String normalized = getAnalyzer().normalize(Fields.BODY, text).utf8ToString();
        if (normalized.codePointCount(0, normalized.length()) < MIN_PREFIX_LENGTH) {
            return new MatchNoDocsQuery("prefix shorter than " + MIN_PREFIX_LENGTH);
        }
        BooleanQuery.Builder perField = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            Query prefix = new PrefixQuery(new Term(field.getKey(), normalized),
                    new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS));
            perField.add(new BoostQuery(prefix, field.getValue()), BooleanClause.Occur.SHOULD);
        }
        return simplify(perField.build());
    }
}
