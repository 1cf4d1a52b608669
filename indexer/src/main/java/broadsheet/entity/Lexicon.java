package broadsheet.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the linker knows about a word's {@link NameText#key key}, from the {@link Vocabulary} and the knowledge
 * base, answered by one lookup: the scan looks each capitalised word up once, where the linker would otherwise
 * ask up to a dozen sets about it.
 */
final class Lexicon {

    enum Kind {
        FUNCTION_WORD,
        CONNECTOR,
        TITLE,
        ORGANIZATION_ENDING,
        PLACE_ENDING,
        PLACE_START,
        FURNITURE_ENDING,
        /** The first word of a known spelling or surname: a known name may start here. */
        NAME_START,
        /** The first word of a known person's full name. */
        FIRST_NAME,
        /** A given name of the {@link Gazetteer}. */
        GIVEN_NAME,
        /** A nation's people as an adjective, from the {@link Gazetteer}: "Syrian". */
        DEMONYM;

        private final int bit = 1 << ordinal();

        boolean in(int kinds) {
            return (kinds & bit) != 0;
        }
    }

    private final Map<String, Integer> kinds = new HashMap<>();

    /** Words are taken as keys; a full stop at a word's end is dropped, as the scan drops it. */
    Lexicon(Set<String> nameStarts, Set<String> firstNames) {
        add(Vocabulary.FUNCTION_WORDS, Kind.FUNCTION_WORD);
        add(Vocabulary.CONNECTORS, Kind.CONNECTOR);
        add(Vocabulary.TITLES, Kind.TITLE);
        add(Vocabulary.ORGANIZATION_ENDINGS, Kind.ORGANIZATION_ENDING);
        add(Vocabulary.PLACE_ENDINGS, Kind.PLACE_ENDING);
        add(Vocabulary.PLACE_STARTS, Kind.PLACE_START);
        add(Vocabulary.FURNITURE_ENDINGS, Kind.FURNITURE_ENDING);
        add(nameStarts, Kind.NAME_START);
        add(firstNames, Kind.FIRST_NAME);
        add(Gazetteer.GIVEN_NAMES, Kind.GIVEN_NAME);
        add(Gazetteer.DEMONYMS, Kind.DEMONYM);
    }

    private void add(Set<String> words, Kind kind) {
        for (String word : words) {
            kinds.merge(word.endsWith(".") ? word.substring(0, word.length() - 1) : word, kind.bit, (a, b) -> a | b);
        }
    }

    /** The kinds of word {@code key} is, as bits to ask with {@link Kind#in}. */
    int kinds(String key) {
        return kinds.getOrDefault(key, 0);
    }
}
