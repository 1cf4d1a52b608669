package broadsheet.schema;

import java.util.Optional;

/**
 * Kinds of named entity; the first three are facets of the index. The index stores a type by its position
 * here ({@link StoredEntities}): a new type goes at the end, or {@link ArticleSchema#VERSION} changes.
 */
public enum EntityType implements Labelled {
    PERSON(Fields.PERSON),
    ORGANIZATION(Fields.ORGANIZATION),
    PLACE(Fields.PLACE),
    OTHER("other");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The facet field this type is counted in, or empty for {@link #OTHER}. */
    public Optional<String> facetField() {
        return this == OTHER ? Optional.empty() : Optional.of(label);
    }

    /** The type with this label, space around it and its case ignored. */
    public static Optional<EntityType> fromLabel(String label) {
        return Labelled.leniently(EntityType.class, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
