package broadsheet.knowledge;

import broadsheet.schema.EntityType;
import java.util.ArrayList;
import java.util.List;

/** An entry of corpus/entities.csv: the canonical name, its type, the other spellings, a short description. */
public record KnownEntity(String name, EntityType type, List<String> aliases, String description) {

    public KnownEntity {
        aliases = List.copyOf(aliases);
    }

    /** The canonical name, then the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }
}
