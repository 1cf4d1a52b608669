package broadsheet.entity;

import broadsheet.knowledge.KnownEntity;
import broadsheet.knowledge.Spelling;
import broadsheet.schema.EntityType;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Small misspellings of long known names: a person's name of seven letters or more, any other name of two or
 * more words and fourteen letters or more; one edit, or two for longer names. Asked about every long name of
 * every article and almost always in vain, so the names are kept sorted by their first two letters (a
 * misspelling is looked for among the names that start as it does) and most are ruled out by their length and
 * their letters before their edit distance is worked out, only as far as it can stay within the edits allowed.
 * (A Levenshtein automaton per name was tried: its tables are large and miss the CPU's caches.)
 */
final class Misspellings {

    private static final int MIN_LENGTH = 7;
    private static final int TWO_EDITS_MIN_LENGTH = 9;
    private static final int TWO_EDITS_MIN_LENGTH_OF_FULL_NAME = 14;
    /** The distance between two strings when it is at most one edit (two edits), else -1. */
    private static final LevenshteinDistance WITHIN_ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);

    /**
     * A long known name. {@code letters}: which of a-z it holds; an edit changes that set by at most two letters,
     * so a name whose set differs from the text's by more than twice its edits cannot match.
     */
    private record Name(KnownEntity entity, String key, int start, int maxEdits, int letters) {

        Name(Spelling spelling, int maxEdits) {
            this(spelling.entity(), spelling.key(), Misspellings.start(spelling.key()), maxEdits,
                    Misspellings.letters(spelling.key()));
        }

        boolean matches(String other, int otherLetters) {
            return Math.abs(key.length() - other.length()) <= maxEdits
                    && Integer.bitCount(letters ^ otherLetters) <= 2 * maxEdits
                    && (maxEdits == 1 ? WITHIN_ONE_EDIT : WITHIN_TWO_EDITS).apply(key, other) >= 0;
        }
    }

    /** By their first two letters. */
    private final Name[] names;
    /**
     * The names' distinct first two letters, packed and sorted; the names of {@code starts[i]} are
     * [from[i], from[i + 1]).
     */
    private final int[] starts;
    private final int[] from;

    Misspellings(Collection<Spelling> spellings) {
        names = spellings.stream().filter(Misspellings::eligible).map(s -> new Name(s, maxEdits(s.key())))
                .sorted(Comparator.comparingInt(Name::start)).toArray(Name[]::new);
        starts = Arrays.stream(names).mapToInt(Name::start).distinct().toArray();
        from = new int[starts.length + 1];
        for (int i = 1, s = 0; i < names.length; i++) {
            if (names[i].start() != names[i - 1].start()) {
                from[++s] = i;
            }
        }
        from[starts.length] = names.length;
    }

    private static boolean eligible(Spelling spelling) {
        String key = spelling.key();
        return spelling.entity().type() == EntityType.PERSON
                ? key.length() >= MIN_LENGTH
                : key.contains(" ") && key.length() >= TWO_EDITS_MIN_LENGTH_OF_FULL_NAME;
    }

    private static int maxEdits(String key) {
        return key.length() >= (key.contains(" ") ? TWO_EDITS_MIN_LENGTH_OF_FULL_NAME : TWO_EDITS_MIN_LENGTH) ? 2 : 1;
    }

    /** The one known entity with a long name within a small edit distance of {@code key}, if exactly one is. */
    Optional<KnownEntity> find(String key) {
        if (key.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        int s = Arrays.binarySearch(starts, start(key));
        if (s < 0) {
            return Optional.empty();
        }
        int keyLetters = letters(key);
        KnownEntity match = null;
        for (int i = from[s]; i < from[s + 1]; i++) {
            if (names[i].matches(key, keyLetters)) {
                if (match != null && match != names[i].entity()) {
                    return Optional.empty();
                }
                match = names[i].entity();
            }
        }
        return Optional.ofNullable(match);
    }

    /** The first two characters, packed. */
    private static int start(String key) {
        return key.charAt(0) << Character.SIZE | key.charAt(1);
    }

    private static int letters(String key) {
        int letters = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters |= 1 << (c - 'a');
            }
        }
        return letters;
    }
}
