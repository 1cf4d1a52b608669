package broadsheet.search;

import broadsheet.schema.Labelled;
import java.util.Locale;
import java.util.Optional;

/** How results are ordered: by score, or by publication date with undated articles last. */
public enum SortOrder implements Labelled {
    RELEVANCE, NEWEST, OLDEST;

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order with exactly this label: {@code sort=Newest} has always been a bad request, and stays one. */
    public static Optional<SortOrder> fromLabel(String label) {
        return Labelled.exactly(SortOrder.class, label);
    }
}
