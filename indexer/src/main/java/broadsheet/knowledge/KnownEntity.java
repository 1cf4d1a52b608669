package broadsheet.knowledge;

import broadsheet.schema.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * For a person, the last word of each name of two words or more: a surname, which on its own names this
     * person only once the article has named them in full.
     */
    public Set<String> surnames() {
        Set<String> surnames = new LinkedHashSet<>();
        if (type != EntityType.PERSON) {
            return surnames;
        }
        for (String each : names()) {
            String[] words = NameText.key(each).split(" ");
            if (words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        return surnames;
    }
}
