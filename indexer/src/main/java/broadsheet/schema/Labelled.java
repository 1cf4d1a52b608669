package broadsheet.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A constant that the archive's files, the index and the HTTP parameters write as a lower-case label. */
public interface Labelled {

    String label();

    /** The constant of {@code type} whose label is exactly {@code label}; empty for null or no such label. */
    static <E extends Enum<E> & Labelled> Optional<E> exactly(Class<E> type, String label) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(label)).findFirst();
    }

    /** As {@link #exactly}, with space around the label and its case ignored. */
    static <E extends Enum<E> & Labelled> Optional<E> leniently(Class<E> type, String label) {
        return label == null ? Optional.empty() : exactly(type, label.trim().toLowerCase(Locale.ROOT));
    }
}
