package broadsheet.search;

import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Pages of the local index by {@link Cursor}: Lucene's search-after by score or date, then the article's id, tier
 * after tier. A mark is the last hit's sort values, written as text in the order of the sort.
 */
final class LocalCursorPages {

    /** One page of hits in the cursor's order, and the cursor after it (null at the end). */
    record Page(ScoreDoc[] hits, Cursor next) {}

    private static final String SEPARATOR = "~";

    private LocalCursorPages() {}

    /** The page of {@code size} after {@code cursor}; {@code filtered} adds the request's filters to a query. */
    static Page after(IndexSearcher searcher, List<Query> tiers, Sort order, Cursor cursor, int size,
            Function<Query, Query> filtered) throws IOException {
        Sort sort = withIdLast(order);
        List<ScoreDoc> page = new ArrayList<>(size);
        Cursor last = cursor;
        for (int tier = cursor.tier(); tier < tiers.size() && page.size() < size; tier++) {
            FieldDoc after = tier == cursor.tier() && !cursor.atStartOfTier() ? read(cursor.mark(), sort) : null;
            int wanted = size - page.size();
            ScoreDoc[] found = searcher.search(filtered.apply(tiers.get(tier)),
                    new TopFieldCollectorManager(sort, wanted, after, wanted)).scoreDocs;
            page.addAll(List.of(found));
            if (found.length > 0) {
                last = new Cursor(tier, write((FieldDoc) found[found.length - 1]));
            }
        }
        return new Page(page.toArray(ScoreDoc[]::new), page.size() == size ? last : null);
    }

    /**
     * The order's first key (the score, or the date), then the article's id. A date order's second key, the score,
     * is left out: it moves with every refresh of the index, and a cursor must not.
     */
    private static Sort withIdLast(Sort order) {
        return new Sort(order.getSort()[0], new SortField(Fields.ID, SortField.Type.STRING));
    }

    private static String write(FieldDoc hit) {
        List<String> values = new ArrayList<>(hit.fields.length);
        for (Object value : hit.fields) {
            values.add(value instanceof BytesRef id ? id.utf8ToString() : value.toString());
        }
        return String.join(SEPARATOR, values);
    }

    /**
     * The hit a mark was written from, as search-after takes it: its sort values, and a document number past every
     * other, so that the article itself (the one hit with all the same values) is never collected again, whatever
     * number a refresh gave it.
     */
    private static FieldDoc read(String mark, Sort sort) {
        SortField[] fields = sort.getSort();
        String[] texts = mark.split(SEPARATOR, fields.length);
        if (texts.length != fields.length) {
            throw new InvalidRequestException(SearchParameters.CURSOR + " does not fit this search's order");
        }
        Object[] values = new Object[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                values[i] = switch (fields[i].getType()) {
                    case SCORE -> Float.parseFloat(texts[i]);
                    case STRING -> new BytesRef(texts[i]);
                    default -> Long.parseLong(texts[i]); // the day of the date
                };
            }
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(SearchParameters.CURSOR + " does not fit this search's order");
        }
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values);
    }
}
