package broadsheet.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The one bias scale of the project, in display order from left to right, then unrated. */
public enum Bias {
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

    public String label() {
        return label;
    }

    public static Optional<Bias> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.label.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
