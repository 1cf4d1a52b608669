package broadsheet.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How results are ordered: by score, or by publication date with undated articles last. */
public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortOrder> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
    }
}
