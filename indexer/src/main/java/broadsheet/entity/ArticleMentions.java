package broadsheet.entity;

import broadsheet.knowledge.KnownEntity;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.EntityType;
import broadsheet.schema.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the linker has found in one article so far, in the order it was named; used by one thread only. */
final class ArticleMentions {

    private static final class Found {
        final String name;
        EntityType type;
        final List<Mention> mentions = new ArrayList<>();

        Found(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }
    }

    /** Known entities by canonical name and unknown names by key; {@code found} holds both in the order named. */
    private final Map<String, Found> known = new HashMap<>();
    private final Map<String, Found> unknown = new HashMap<>();
    private final List<Found> found = new ArrayList<>();
    /** Surname -> the person last named in full with it. */
    private final Map<String, Found> bySurname = new HashMap<>();
    /** Last word -> the name of several words, of no type yet, last named with it. */
    private final Map<String, Found> untypedByLastWord = new HashMap<>();
    private final LowerCaseWords lowerCase;

    ArticleMentions(LowerCaseWords lowerCase) {
        this.lowerCase = lowerCase;
    }

    /** A function word, or a word the article also writes in lower case: no name on its own. */
    boolean isCommonWord(Word word) {
        return word.is(Lexicon.Kind.FUNCTION_WORD) || lowerCase.contains(word.key());
    }

    void known(KnownEntity entity, String[] surnames, Mention mention) {
        Found f = known.get(entity.name());
        if (f == null) {
            f = added(known, entity.name(), new Found(entity.name(), entity.type()));
        }
        f.mentions.add(mention);
        for (String surname : surnames) {
            bySurname.put(surname, f);
        }
    }

    /**
     * A new name's mention. A person named by surname alone after a title ("Mr. Priebus", "Sen. Cruz") is the person
     * the article named in full with no title ("Reince Priebus"): that name becomes a person's.
     */
    void unknown(String name, String key, EntityType type, Mention mention) {
        Found untyped = untypedByLastWord.get(key);
        if (type == EntityType.PERSON && untyped != null && untyped.type == EntityType.OTHER) {
            untyped.type = EntityType.PERSON;
            untyped.mentions.add(mention);
            bySurname.put(key, untyped);
            return;
        }
        Found f = unknown.get(key);
        if (f == null) {
            f = added(unknown, key, new Found(name, type));
        } else if (f.type == EntityType.OTHER) {
            f.type = type;
        }
        f.mentions.add(mention);
        Found person = f;
        NameRules.surname(f.type, key).ifPresent(surname -> bySurname.put(surname, person));
        int space = key.lastIndexOf(' ');
        if (f.type == EntityType.OTHER && space > 0) {
            untypedByLastWord.put(key.substring(space + 1), f);
        }
    }

    private Found added(Map<String, Found> byKey, String key, Found f) {
        byKey.put(key, f);
        found.add(f);
        return f;
    }

    /** Whether the article has named in full a person with this surname. */
    boolean knowsSurname(String key) {
        return bySurname.containsKey(key);
    }

    /** Adds the mention to the person last named in full with this surname, if there is one. */
    boolean surname(String key, Mention mention) {
        Found person = bySurname.get(key);
        if (person != null) {
            person.mentions.add(mention);
        }
        return person != null;
    }

    List<ArticleEntity> entities() {
        return found.stream().map(f -> new ArticleEntity(f.name, f.type, f.mentions)).toList();
    }
}
