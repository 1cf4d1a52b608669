package broadsheet.search;

import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** The body's terms in one view of the local index, looked up with Lucene's DirectSpellChecker. */
final class LocalSpellingDictionary implements SpellingDictionary {

    private static final DirectSpellChecker CHECKER = new DirectSpellChecker();

    private final IndexReader reader;

    LocalSpellingDictionary(IndexReader reader) {
        this.reader = reader;
    }

    @Override
    public Map<String, Neighbour> closest(Collection<String> terms, int rare) throws IOException {
        Map<String, Neighbour> closest = new HashMap<>();
        for (String term : terms) {
            int frequency = reader.docFreq(new Term(Fields.BODY, term));
            if (frequency <= rare) { // the checker's search of the dictionary is wasted on a frequent term
                SuggestWord[] found = CHECKER.suggestSimilar(new Term(Fields.BODY, term), 1, reader,
                        SuggestMode.SUGGEST_MORE_POPULAR);
                if (found.length > 0) {
                    closest.put(term, new Neighbour(found[0].string, frequency, found[0].freq));
                }
            }
        }
        return closest;
    }
}
