package broadsheet.entity;

import static broadsheet.entity.Word.Trait.GLUED;
import static broadsheet.entity.Word.Trait.HEADING;
import static broadsheet.entity.Word.Trait.JOINED;
import static broadsheet.entity.Word.Trait.POSSESSIVE;
import static broadsheet.entity.Word.Trait.SENTENCE_START;

import broadsheet.knowledge.NameText;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Finds the words of a text that may stand in a name: capitalised words, and the short lower-case words that
 * join them ("of", "and"). Any other word only separates names, and is only noted in {@link LowerCaseWords}.
 * Every character of every article passes through here, so the scan reads a char array once, with a fast path for
 * the most common word (lower-case ASCII letters), and makes strings only of the words it keeps.
 */
final class Words {

    /** Abbreviations whose full stop belongs to the word and does not end a sentence. */
    private static final List<String> ABBREVIATION_WORDS = List.of("mr", "mrs", "ms", "dr", "sen", "sens", "rep",
            "reps", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof", "capt", "adm", "amb", "pres", "sec", "no",
            "vs");
    private static final CharArraySet ABBREVIATIONS = new CharArraySet(ABBREVIATION_WORDS, true);
    /** {@link Vocabulary#CONNECTORS}, looked up from the text's characters. */
    private static final CharArrayMap<String> CONNECTORS = new CharArrayMap<>(Vocabulary.CONNECTORS.size(), false);
    /** Longer words are neither, and are not looked up: asked about most words of every article. */
    private static final int LONGEST_CONNECTOR = Vocabulary.CONNECTORS.stream().mapToInt(String::length).max().orElse(0);
    private static final int LONGEST_ABBREVIATION = ABBREVIATION_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final int MAX_HEADING_WORDS = 20;
    private static final int GLUED_AFTER = 4;

    static {
        Vocabulary.CONNECTORS.forEach(connector -> CONNECTORS.put(connector, connector));
    }

    private final char[] text;
    private final boolean heading;
    private final Lexicon lexicon;
    private final LowerCaseWords lowerCase;
    private final List<Word> words = new ArrayList<>();

    /** Where the scan is. */
    private int at;
    /** The next word opens a sentence or a line. */
    private boolean sentenceStart = true;
    /** The next word follows the last one with only spaces or a hyphen between. */
    private boolean joined;
    /** The current line: where its words start in {@link #words}, how many words it has, whether it ends in one. */
    private int lineStart;
    private int lineWords;
    private boolean endsInWord;

    private Words(char[] text, boolean heading, Lexicon lexicon, LowerCaseWords lowerCase) {
        this.text = text;
        this.heading = heading;
        this.lexicon = lexicon;
        this.lowerCase = lowerCase;
    }

    /**
     * The words of {@code text} that may stand in a name, with what {@code lexicon} knows of them; with
     * {@code heading} every word counts as standing in a headline. Words in lower case are added to
     * {@code lowerCase}.
     */
    static List<Word> of(char[] text, boolean heading, Lexicon lexicon, LowerCaseWords lowerCase) {
        return new Words(text, heading, lexicon, lowerCase).scan();
    }

    private List<Word> scan() {
        while (at < text.length) {
            char c = text[at];
            if (c >= 'a' && c <= 'z' && readPlainWord()) {
                continue;
            }
            if (c == ' ') {
                at++;
            } else if (isLetterOrDigit(c)) {
                readWord(c);
            } else {
                readMark(c);
            }
        }
        endLine();
        return words;
    }

    /**
     * Reads the word at {@link #at} if it is plain: lower-case ASCII letters only, which are their own key and are
     * hashed as they are read. A plain word stands in no name unless it joins two ("Bank of England"). Reads nothing
     * and answers false when the word goes on in other characters ("don't", "e.g.", "café").
     */
    private boolean readPlainWord() {
        int hash = 0;
        int end = at;
        char c;
        do {
            hash = LowerCaseWords.hash(hash, text[end]);
            end++;
        } while (end < text.length && (c = text[end]) >= 'a' && c <= 'z');
        if (end < text.length && ((c = text[end]) == '.' || c == '\'' || c == '’' || isLetterOrDigit(c))) {
            return false;
        }
        lowerCase.add(hash);
        lineWords++;
        endsInWord = true;
        String connector = joined && end - at <= LONGEST_CONNECTOR ? CONNECTORS.get(text, at, end - at) : null;
        if (connector != null) {
            words.add(Word.connector(at, end, connector, lexicon.kinds(connector),
                    SENTENCE_START.when(sentenceStart) | HEADING.when(heading)));
        } else {
            joined = false;
        }
        sentenceStart = false;
        at = end < text.length && text[end] == ' ' ? end + 1 : end;
        return true;
    }

    /** Reads any other word, keeping it if it is capitalised. */
    private void readWord(char first) {
        int end = wordEnd(at);
        lineWords++;
        endsInWord = isLetterOrDigit(text[end - 1]);
        boolean possessive = end - at > 2 && text[end - 1] == 's' && (text[end - 2] == '\'' || text[end - 2] == '’');
        int nameEnd = possessive ? end - 2 : end;
        int bareEnd = text[nameEnd - 1] == '.' ? nameEnd - 1 : nameEnd;
        if (Character.isLowerCase(first)) {
            lowerCase.add(NameText.key(text, at, bareEnd).hashCode());
            joined = false;
        } else if (Character.isUpperCase(first)) {
            String key = NameText.key(text, at, bareEnd);
            boolean afterName = joined && !words.isEmpty() && words.getLast().capitalised();
            words.add(Word.capitalised(at, end, nameEnd, key, lexicon.kinds(key), POSSESSIVE.when(possessive)
                    | SENTENCE_START.when(sentenceStart) | JOINED.when(joined && !words.isEmpty())
                    | HEADING.when(heading) | GLUED.when(isGlued(at, nameEnd, afterName))));
            joined = !possessive;
        } else {
            joined = false;
        }
        sentenceStart = false;
        at = end;
    }

    /** Reads a character that is no part of a word: a line's end, a sentence's end, or what separates words. */
    private void readMark(char c) {
        if (c == '\n') {
            endLine();
            lineStart = words.size();
            lineWords = 0;
            endsInWord = false;
            sentenceStart = true;
            joined = false;
        } else {
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                sentenceStart = c != ';';
                joined = false;
            } else if (!isSpace(c) && !isHyphen(c) || isHyphen(c) && at + 1 < text.length && isSpace(text[at + 1])) {
                joined = false;
            }
            endsInWord &= Character.isWhitespace(c);
        }
        at++;
    }

    /**
     * Marks the words of a line that ended as a headline or a caption does: short, and not as a sentence ends.
     * Done once the line has ended, so that the scan reads each character once.
     */
    private void endLine() {
        if (heading || lineWords == 0 || lineWords > MAX_HEADING_WORDS || !endsInWord) {
            return;
        }
        for (int w = lineStart; w < words.size(); w++) {
            words.set(w, words.get(w).inHeading());
        }
    }

    /**
     * Two words run together, as scraped link texts leave them ("Joe BidenHouse Republicans", "Bernie
     * Sanders2020"): after four or more lower-case letters, digits or, within a name, a capital. "McConnell",
     * "DeSantis", "G20" and "A320" are not glued, nor is a camel-cased brand that starts a name ("BuzzFeed News").
     */
    private boolean isGlued(int start, int end, boolean withinName) {
        for (int i = start + GLUED_AFTER; i < end; i++) {
            char c = text[i];
            if (c >= 'a' && c <= 'z') {
                continue;
            }
            if (Character.isLowerCase(text[i - 1]) && (Character.isDigit(c) || withinName && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters and digits, with inner apostrophes and full stops (U.S., O'Rourke, DON'T) and an abbreviation's stop.
     */
    private int wordEnd(int start) {
        int i = start;
        int partStart = start;
        boolean innerStop = false;
        while (i < text.length) {
            char c = text[i];
            if (isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '’' || c == '.') && i + 1 < text.length && Character.isLetter(text[i + 1])
                    && !separatesTwoWords(partStart, i)) {
                innerStop |= c == '.';
                i++;
                partStart = i;
            } else {
                break;
            }
        }
        if (i < text.length && text[i] == '.') {
            boolean initial = i - start == 1 && Character.isUpperCase(text[start]);
            if (innerStop || initial || i - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(text, start, i - start)) {
                i++;
            }
        }
        return i;
    }

    /**
     * Whether the mark at {@code mark} stands between two words that a scrape ran together ("Obama.And",
     * "2020.REUTERS", "Graham'Saturday"): a capital follows a part longer than "Le" or "St" that is not in
     * capitals, or a capital starting a word in lower case follows.
     */
    private boolean separatesTwoWords(int partStart, int mark) {
        int next = mark + 1;
        return Character.isUpperCase(text[next]) && mark - partStart > 2 && (!Character.isUpperCase(text[mark - 1])
                || next + 1 < text.length && Character.isLowerCase(text[next + 1]));
    }

    /** With fast answers for ASCII and for the quotes, dashes and spaces of General Punctuation (U+2000-U+206F). */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return (c < '\u2000' || c > '\u206f') && Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }
}
