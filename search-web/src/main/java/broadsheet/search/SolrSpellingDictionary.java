package broadsheet.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SpellingParams;

/**
 * The body's terms as Solr's SpellCheckComponent knows them (the configset's DirectSolrSpellChecker, with the
 * defaults of Lucene's DirectSpellChecker), all the query's words in one request. Each shard suggests from its own
 * terms; Solr adds up the frequencies of a word across shards and ranks the suggestions again by edit distance, so a
 * correction is the local index's but where shards disagree on which neighbours are more frequent than the word.
 */
final class SolrSpellingDictionary implements SpellingDictionary {

    /** Suggestions asked of each shard: more than one, so that the merge ranks the neighbours of every shard. */
    private static final int SUGGESTIONS = 5;
    /** The parameter that turns the component on (its name, which solr-core has and SolrJ has not). */
    private static final String SPELLCHECK = "spellcheck";

    private final LiveCollection collection;

    SolrSpellingDictionary(LiveCollection collection) {
        this.collection = collection;
    }

    @Override
    public Map<String, Neighbour> closest(Collection<String> terms, int rare) {
        if (terms.isEmpty()) {
            return Map.of();
        }
        ModifiableSolrParams params = new ModifiableSolrParams()
                .set(CommonParams.Q, "*:*")
                .set(CommonParams.ROWS, 0)
                .set(SPELLCHECK, true)
                // the terms as the local analysis made them; Solr's, the same chain, leaves them as they are
                .set(SpellingParams.SPELLCHECK_Q, String.join(" ", terms))
                .set(SpellingParams.SPELLCHECK_COUNT, SUGGESTIONS)
                .set(SpellingParams.SPELLCHECK_ONLY_MORE_POPULAR, true)
                .set(SpellingParams.SPELLCHECK_EXTENDED_RESULTS, true);
        QueryResponse response = collection.query(params);
        SpellCheckResponse spelling = response.getSpellCheckResponse();
        Map<String, Neighbour> closest = new HashMap<>();
        if (spelling != null) {
            for (SpellCheckResponse.Suggestion suggestion : spelling.getSuggestions()) {
                if (terms.contains(suggestion.getToken()) && suggestion.getOriginalFrequency() <= rare
                        && !suggestion.getAlternatives().isEmpty()) {
                    closest.put(suggestion.getToken(), new Neighbour(suggestion.getAlternatives().getFirst(),
                            suggestion.getOriginalFrequency(), suggestion.getAlternativeFrequencies().getFirst()));
                }
            }
        }
        return closest;
    }
}
