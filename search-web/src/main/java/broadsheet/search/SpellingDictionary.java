package broadsheet.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * The body's terms as an engine knows them, for {@link SpellingCorrection}: the local index's DirectSpellChecker
 * ({@link LocalSpellingDictionary}), or Solr's SpellCheckComponent.
 */
interface SpellingDictionary {

    /** A term of the body close to a rarer one, and in how many articles each is found. */
    record Neighbour(String term, int frequency, int neighbourFrequency) {}

    /**
     * For each of the {@code terms} found in at most {@code rare} articles that has one, its closest term (by edit
     * distance, then frequency) found in more articles than it; the other terms are left out.
     */
    Map<String, Neighbour> closest(Collection<String> terms, int rare) throws IOException;
}
