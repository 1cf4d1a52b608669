package broadsheet.entity;

import broadsheet.knowledge.NameText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the words of a text that may stand in a name: capitalised words, and the short lower-case words that
 * join them ("of", "and"). Any other word only separates names, and is only noted in {@link LowerCaseWords}.
 * Every article's every character passes through here, so the scan works on a char array with an ASCII fast
 * path and makes strings only of the words it keeps.
 */
final class Words {

    /** Abbreviations whose full stop belongs to the word and does not end a sentence. */
    private static final ShortWords ABBREVIATIONS = new ShortWords(Set.of("mr", "mrs", "ms", "dr", "sen", "sens",
            "rep", "reps", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof", "capt", "adm", "amb", "pres",
            "sec", "no", "vs"));
    private static final int MAX_HEADING_WORDS = 20;
    private static final int GLUED_AFTER = 4;

    private final char[] text;
    /** The text's length: {@link #text} may be a longer buffer. */
    private final int length;
    private final Lexicon lexicon;
    private final LowerCaseWords lowerCase;
    private final byte[] keyBytes;

    private Words(char[] text, int length, Lexicon lexicon, ScanBuffers buffers) {
        this.text = text;
        this.length = length;
        this.lexicon = lexicon;
        this.lowerCase = buffers.lowerCase();
        this.keyBytes = buffers.keyBytes();
    }

    /**
     * The words of the first {@code length} characters of {@code text} that may stand in a name, with what
     * {@code lexicon} knows of them; with {@code heading} every word counts as standing in a headline. Words in
     * lower case are added to the article's {@link ScanBuffers#lowerCase() filter}.
     */
    static List<Word> of(char[] text, int length, boolean heading, Lexicon lexicon, ScanBuffers buffers) {
        return new Words(text, length, lexicon, buffers).scan(heading);
    }

    private List<Word> scan(boolean heading) {
        List<Word> words = new ArrayList<>();
        boolean sentenceStart = true;
        boolean joined = false;
        // the current line: where its words start in the list, how many words it has, whether it ends in one
        int lineStart = 0;
        int lineWords = 0;
        boolean endsInWord = false;
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (c >= 'a' && c <= 'z') {
                // most words: lower-case ASCII letters only, read and hashed in one pass
                int hash = LowerCaseWords.hash(0, c);
                int end = i + 1;
                while (end < length && (c = text[end]) >= 'a' && c <= 'z') {
                    hash = LowerCaseWords.hash(hash, c);
                    end++;
                }
                if (end == length || !(isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’')) {
                    // standing in no name unless it joins two ("Bank of England")
                    lowerCase.add(hash);
                    lineWords++;
                    endsInWord = true;
                    String connector = joined ? Vocabulary.CONNECTOR_WORDS.find(text, i, end) : null;
                    if (connector != null) {
                        words.add(new Word(i, end, end, connector, lexicon.kinds(connector), false, false,
                                sentenceStart, true, heading, false));
                    } else {
                        joined = false;
                    }
                    sentenceStart = false;
                    i = end < length && c == ' ' ? end + 1 : end;
                    continue;
                }
                // not a plain word after all ("don't", "e.g.", "café"): read it as any other
                c = text[i];
            } else if (c == ' ') {
                i++;
                continue;
            }
            if (!isLetterOrDigit(c)) {
                if (c == '\n') {
                    endLine(words, lineStart, heading, lineWords, endsInWord);
                    lineStart = words.size();
                    lineWords = 0;
                    endsInWord = false;
                    sentenceStart = true;
                    joined = false;
                } else {
                    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                        sentenceStart = c != ';';
                        joined = false;
                    } else if (!isSpace(c) && !isHyphen(c)
                            || isHyphen(c) && i + 1 < length && isSpace(text[i + 1])) {
                        joined = false;
                    }
                    endsInWord &= Character.isWhitespace(c);
                }
                i++;
                continue;
            }
            int end = wordEnd(i);
            lineWords++;
            endsInWord = isLetterOrDigit(text[end - 1]);
            boolean possessive = end - i > 2 && text[end - 1] == 's'
                    && (text[end - 2] == '\'' || text[end - 2] == '’');
            int nameEnd = possessive ? end - 2 : end;
            int bareEnd = text[nameEnd - 1] == '.' ? nameEnd - 1 : nameEnd;
            String key = NameText.key(text, i, bareEnd, keyBytes);
            if (Character.isLowerCase(c)) {
                lowerCase.add(key.hashCode());
            }
            if (Character.isUpperCase(c)) {
                boolean afterName = joined && !words.isEmpty() && words.getLast().capitalised();
                words.add(new Word(i, end, nameEnd, key, lexicon.kinds(key), true, possessive, sentenceStart,
                        joined && !words.isEmpty(), heading, isGlued(i, nameEnd, afterName)));
                joined = !possessive;
            } else {
                joined = false;
            }
            sentenceStart = false;
            i = end;
        }
        endLine(words, lineStart, heading, lineWords, endsInWord);
        return words;
    }

    /**
     * Marks the words of a line that ended as a headline or a caption does: short, and not as a sentence ends.
     * Done once the line has ended, so that the scan reads each character once.
     */
    private static void endLine(List<Word> words, int lineStart, boolean heading, int lineWords, boolean endsInWord) {
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
        while (i < length) {
            char c = text[i];
            if (isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '’' || c == '.') && i + 1 < length && Character.isLetter(text[i + 1])
                    && !separatesTwoWords(partStart, i)) {
                innerStop |= c == '.';
                i++;
                partStart = i;
            } else {
                break;
            }
        }
        if (i < length && text[i] == '.') {
            boolean initial = i - start == 1 && Character.isUpperCase(text[start]);
            if (innerStop || initial || ABBREVIATIONS.find(text, start, i) != null) {
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
                || next + 1 < length && Character.isLowerCase(text[next + 1]));
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
