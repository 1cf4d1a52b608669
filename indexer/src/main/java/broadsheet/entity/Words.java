package broadsheet.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the words of a text that may stand in a name: capitalised words, and the short lower-case words that
 * join them ("of", "and"). Any other word only separates names, and is only noted in {@link LowerCaseWords}.
 */
final class Words {

    /** Abbreviations whose full stop belongs to the word and does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "st", "jr", "sr", "prof", "capt", "adm", "amb", "pres", "sec", "no", "vs");
    private static final int MAX_HEADING_WORDS = 20;
    private static final int MAX_CONNECTOR_LENGTH =
            Vocabulary.CONNECTORS.stream().mapToInt(String::length).max().orElse(0);

    private Words() {}

    /**
     * The words of {@code text} that may stand in a name; with {@code heading} every word counts as standing in
     * a headline. Words in lower case are added to {@code lowerCase}.
     */
    static List<Word> of(String text, boolean heading, LowerCaseWords lowerCase) {
        List<Word> words = new ArrayList<>();
        int lineStart = 0;
        boolean lineIsHeading = heading || isHeading(text, 0);
        boolean sentenceStart = true;
        boolean joined = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '\n') {
                    lineStart = i + 1;
                    lineIsHeading = heading || isHeading(text, lineStart);
                    sentenceStart = true;
                    joined = false;
                } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                    sentenceStart = c != ';';
                    joined = false;
                } else if (!isSpace(c) && !isHyphen(c)) {
                    joined = false;
                } else if (isHyphen(c) && i + 1 < n && isSpace(text.charAt(i + 1))) {
                    joined = false;
                }
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            boolean capitalised = Character.isUpperCase(c);
            boolean possessive = end - i > 2 && text.charAt(end - 1) == 's'
                    && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’');
            int nameEnd = possessive ? end - 2 : end;
            int bareEnd = text.charAt(nameEnd - 1) == '.' ? nameEnd - 1 : nameEnd;
            if (Character.isLowerCase(c)) {
                lowerCase.add(text, i, bareEnd);
            }
            String key = capitalised || end - i <= MAX_CONNECTOR_LENGTH ? NameText.key(text.substring(i, bareEnd)) : "";
            if (capitalised || Vocabulary.CONNECTORS.contains(key)) {
                words.add(new Word(i, end, nameEnd, key, capitalised, possessive, sentenceStart,
                        joined && !words.isEmpty(), lineIsHeading));
                joined = !possessive;
            } else {
                joined = false;
            }
            sentenceStart = false;
            i = end;
        }
        return words;
    }

    /** Where the {@code count}th word after {@code from} ends, or the text's end if it has fewer words left. */
    static int endOfWordsAfter(String text, int from, int count) {
        int i = from;
        int n = text.length();
        for (int word = 0; word < count && i < n; word++) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            i = i < n ? wordEnd(text, i) : n;
        }
        return i;
    }

    /** Letters and digits, with inner apostrophes and full stops (U.S., O'Rourke) and an abbreviation's stop. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        boolean innerStop = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '’' || c == '.') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                innerStop |= c == '.';
                i++;
            } else {
                break;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            String word = text.substring(start, i);
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (innerStop || initial || ABBREVIATIONS.contains(NameText.key(word))) {
                i++;
            }
        }
        return i;
    }

    /** A line that does not end as a sentence does, short enough to be a headline or a caption. */
    private static boolean isHeading(String text, int lineStart) {
        int lineEnd = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (line.isEmpty()) {
            return false;
        }
        if (!Character.isLetterOrDigit(line.charAt(line.length() - 1))) {
            return false;
        }
        int words = 1;
        for (int i = 1; i < line.length() && words <= MAX_HEADING_WORDS; i++) {
            if (isSpace(line.charAt(i)) && !isSpace(line.charAt(i - 1))) {
                words++;
            }
        }
        return words <= MAX_HEADING_WORDS;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }
}
