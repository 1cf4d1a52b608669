package broadsheet.schema;

import java.util.Optional;

/** The one bias scale of the project, in display order from left to right, then unrated. */
public enum Bias implements Labelled {
    FAR_LEFT("far-left"),
    LEFT("left"),
    LEAN_LEFT("lean-left"),
    CENTER("center"),
    LEAN_RIGHT("lean-right"),
    RIGHT("right"),
    FAR_RIGHT("far-right"),
    UNRATED("unrated");

    private final String label;

    Bias(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The bias with this label, space around it and its case ignored. */
    public static Optional<Bias> fromLabel(String label) {
        return Labelled.leniently(Bias.class, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
