package broadsheet.enrich;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title found in the text itself, for files whose archive and metadata name none. */
final class Headline {

    private static final int MAX_HEADLINE = 160;
    private static final int MAX_SENTENCE_TITLE = 110;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\"”’)]?\\s+[\"“‘(]?[A-Z0-9])");

    private Headline() {}

    /**
     * The first line when it reads like a headline (short, not ending as a sentence does); otherwise the
     * first sentence, shortened at a word boundary.
     */
    static Optional<String> of(String text) {
        String firstLine = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (firstLine.isEmpty()) {
            return Optional.empty();
        }
        if (firstLine.length() <= MAX_HEADLINE && !firstLine.matches(".*[.,;:]$") && firstLine.contains(" ")) {
            return Optional.of(firstLine);
        }
        Matcher end = SENTENCE_END.matcher(firstLine);
        String sentence = end.find() ? firstLine.substring(0, end.start() + 1) : firstLine;
        if (sentence.length() <= MAX_SENTENCE_TITLE) {
            return Optional.of(sentence);
        }
        int cut = sentence.lastIndexOf(' ', MAX_SENTENCE_TITLE);
        return Optional.of(sentence.substring(0, cut > 40 ? cut : MAX_SENTENCE_TITLE).strip() + "…");
    }
}
