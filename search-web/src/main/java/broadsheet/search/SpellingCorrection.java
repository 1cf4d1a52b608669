package broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * "Did you mean": the query with each rare word replaced by a close, much more frequent word of the
 * archive, whichever engine holds it ({@link SpellingDictionary}). Whether the correction is worth offering
 * (it finds more) is the caller's question.
 */
final class SpellingCorrection {

    /** A word found in more articles than this is taken as spelt right. */
    static final int RARE = 3;
    /** A correction must be this many times more frequent than the word it replaces. */
    static final int MORE_FREQUENT = 5;
    private static final Pattern WORD = Pattern.compile("(?<![-\\p{L}\\p{N}])\\p{L}{4,}(?![\\p{L}\\p{N}*~])");
    private static final int MAX_WORDS = 10;

    private final Analyzer analyzer;

    SpellingCorrection(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Optional<String> correct(SpellingDictionary dictionary, String query) throws IOException {
        List<MatchResult> words = WORD.matcher(query).results().limit(MAX_WORDS).toList();
        Map<MatchResult, String> terms = new LinkedHashMap<>();
        for (MatchResult word : words) {
            List<String> analysed = Analysis.terms(analyzer, word.group());
            if (analysed.size() == 1) { // not a stop word, nor a word the analyser splits
                terms.put(word, analysed.getFirst());
            }
        }
        Map<String, SpellingDictionary.Neighbour> closest = dictionary.closest(new ArrayList<>(terms.values()), RARE);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        int copied = 0;
        for (Map.Entry<MatchResult, String> word : terms.entrySet()) {
            SpellingDictionary.Neighbour neighbour = closest.get(word.getValue());
            if (neighbour != null && neighbour.neighbourFrequency() >= Math.max(1, neighbour.frequency()) * MORE_FREQUENT) {
                MatchResult at = word.getKey();
                corrected.append(query, copied, at.start()).append(asTyped(at.group(), word.getValue(), neighbour.term()));
                copied = at.end();
                changed = true;
            }
        }
        return changed ? Optional.of(corrected.append(query, copied, query.length()).toString()) : Optional.empty();
    }
    /**
     * The suggested index term in the shape of the typed word: the suffix the stemmer took off put back
     * ("guarentees" -> "guarantees"), and a capital kept.
     */
    static String asTyped(String word, String term, String suggestion) {
        String lower = word.toLowerCase(Locale.ROOT);
        String result = lower.startsWith(term) ? suggestion + lower.substring(term.length()) : suggestion;
        return Character.isUpperCase(word.charAt(0))
                ? Character.toUpperCase(result.charAt(0)) + result.substring(1)
                : result;
    }
}
