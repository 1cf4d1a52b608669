package broadsheet.entity;

import broadsheet.entity.FieldLinking.Named;
import broadsheet.entity.FieldLinking.Surname;
import broadsheet.entity.FieldLinking.Target;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.knowledge.KnownEntity;
import broadsheet.knowledge.NameText;
import broadsheet.knowledge.Spelling;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;

/**
 * The knowledge base as the linker looks names up in text: every spelling and every known person's surname as a
 * {@link NameText#normalize normalised} keyword, all of them in one deterministic automaton (Lucene's string
 * union) that is stepped along the text; the long names a small misspelling still links to; and the words that
 * start a known name or are a known person's first name, for the {@link Lexicon}.
 */
final class KnownNames {

    private final Map<String, Target> keywords = new HashMap<>();
    /** Accepts exactly the keywords; stepped as it is, being far smaller than a CharacterRunAutomaton's table. */
    private final Automaton automaton;
    private final Misspellings misspellings;
    private final Map<KnownEntity, String[]> surnames = new IdentityHashMap<>();
    private final Set<String> nameStarts = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> outlets = new HashSet<>();

    KnownNames(KnowledgeBase knowledgeBase, Collection<String> outletNames) {
        outletNames.forEach(outlet -> outlets.add(NameText.key(outlet)));
        for (Spelling spelling : knowledgeBase.spellings()) {
            keywords.put(spelling.key(), new Named(spelling));
        }
        misspellings = new Misspellings(knowledgeBase.spellings());
        for (KnownEntity entity : knowledgeBase.entities()) {
            String[] entitySurnames = NameRules.surnames(entity).toArray(String[]::new);
            surnames.put(entity, entitySurnames);
            for (String surname : entitySurnames) {
                keywords.putIfAbsent(surname, new Surname(surname));
            }
            entity.names().forEach(name -> NameRules.firstName(entity.type(), NameText.key(name)).ifPresent(firstNames::add));
        }
        keywords.keySet().forEach(keyword -> nameStarts.add(keyword.split(" ")[0]));
        automaton = Automata.makeStringUnion(keywords.keySet().stream().map(BytesRef::new).sorted().toList());
    }

    Automaton automaton() {
        return automaton;
    }

    /** What the keyword the automaton accepted stands for. */
    Target target(String keyword) {
        return keywords.get(keyword);
    }

    /** The surnames that name {@code entity} once an article has named it in full. */
    String[] surnamesOf(KnownEntity entity) {
        return surnames.get(entity);
    }

    /** The one known entity with a long name within a small edit distance of {@code key}, if exactly one is. */
    Optional<KnownEntity> misspelt(String key) {
        return misspellings.find(key);
    }

    /** The first words of the keywords: a known name may start with one. */
    Set<String> nameStarts() {
        return nameStarts;
    }

    /** The keys of the archive's outlets' names. */
    Set<String> outlets() {
        return outlets;
    }

    /** The first words of the known people's full names. */
    Set<String> firstNames() {
        return firstNames;
    }
}
