package broadsheet.search;

import broadsheet.schema.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the query with each rare word replaced by a close, much more frequent word of the
 * archive. Whether the correction is worth offering (it finds more) is the caller's question.
 */
final class SpellingCorrection {

    /** A word found in more articles than this is taken as spelt right. */
    static final int RARE = 3;
    /** A correction must be this many times more frequent than the word it replaces. */
    static final int MORE_FREQUENT = 5;
    private static final Pattern WORD = Pattern.compile("(?<![-\\p{L}\\p{N}])\\p{L}{4,}(?![\\p{L}\\p{N}*~])");
    private static final int MAX_WORDS = 10;

    private final Analyzer analyzer;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingCorrection(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Optional<String> correct(IndexReader reader, String query) throws IOException {
        Matcher words = WORD.matcher(query);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        int checked = 0;
        while (words.find() && checked++ < MAX_WORDS) {
            String word = words.group();
            String replacement = correctWord(reader, word).orElse(word);
            changed |= !replacement.equals(word);
            words.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }

    private Optional<String> correctWord(IndexReader reader, String word) throws IOException {
        List<String> terms = Analysis.terms(analyzer, word);
        if (terms.size() != 1) {
            return Optional.empty(); // a stop word, or a word the analyser splits
        }
        String term = terms.getFirst();
        int frequency = reader.docFreq(new Term(Fields.BODY, term));
        if (frequency > RARE) {
            return Optional.empty();
        }
        SuggestWord[] suggestions =
                checker.suggestSimilar(new Term(Fields.BODY, term), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
        if (suggestions.length == 0 || suggestions[0].freq < Math.max(1, frequency) * MORE_FREQUENT) {
            return Optional.empty();
        }
        return Optional.of(asTyped(word, term, suggestions[0].string));
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
