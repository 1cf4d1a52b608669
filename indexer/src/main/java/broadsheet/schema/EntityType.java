package broadsheet.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of named entity; the first three are facets of the index. The index stores a type by its position
 * here ({@link StoredEntities}): a new type goes at the end, or {@link ArticleSchema#VERSION} changes.
 */
public enum EntityType {
    PERSON(Fields.PERSON),
    ORGANIZATION(Fields.ORGANIZATION),
    PLACE(Fields.PLACE),
    OTHER("other");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The facet field this type is counted in, or empty for {@link #OTHER}. */
    public Optional<String> facetField() {
        return this == OTHER ? Optional.empty() : Optional.of(label);
    }

    public static Optional<EntityType> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
