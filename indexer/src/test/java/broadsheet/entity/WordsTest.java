package broadsheet.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.entity.Word.Trait;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the scan keeps of a few sentences, and the traits it sees in each word. */
class WordsTest {

    private static final Lexicon LEXICON = new Lexicon(Set.of(), Set.of());

    /** Each kept word as "text[TRAIT, ...]", traits in declaration order. */
    private static List<String> scan(String text, boolean heading, LowerCaseWords lowerCase) {
        List<String> shown = new ArrayList<>();
        for (Word word : Words.of(text.toCharArray(), heading, LEXICON, lowerCase)) {
            String traits = Arrays.stream(Trait.values()).filter(word::has).map(Trait::name)
                    .collect(Collectors.joining(", "));
            shown.add(text.substring(word.start(), word.end()) + "[" + traits + "]");
        }
        return shown;
    }

    private static List<String> scan(String text) {
        return scan(text, false, new LowerCaseWords());
    }

    @Test
    void capitalisedWordsAreKeptAndLowerCaseWordsOnlySeparateThem() {
        assertEquals(List.of("Kyiv[CAPITALISED]", "Odesa[CAPITALISED]"), scan("they went from Kyiv to Odesa by train."));
    }

    @Test
    void aSentenceOrALineStartsAfreshAfterAFullStopOrANewLine() {
        assertEquals(List.of("Talks[CAPITALISED, SENTENCE_START]", "Talks[CAPITALISED, SENTENCE_START]",
                "Kyiv[CAPITALISED]", "Odesa[CAPITALISED, SENTENCE_START]"),
                scan("Talks went on. Talks in Kyiv ended, they said.\nOdesa waited, as it did."));
    }

    @Test
    void wordsJoinedBySpacesOrAHyphenMayFormOneName() {
        assertEquals(List.of("Jean[CAPITALISED]", "Claude[CAPITALISED, JOINED]", "Juncker[CAPITALISED, JOINED]",
                "Paris[CAPITALISED]", "London[CAPITALISED]"),
                scan("we saw Jean-Claude Juncker in Paris, London."));
    }

    @Test
    void aConnectorIsKeptOnlyBetweenCapitalisedWords() {
        assertEquals(List.of("Bank[CAPITALISED]", "of[JOINED]", "England[CAPITALISED, JOINED]"),
                scan("the bank of the Bank of England said so, of course."));
    }

    @Test
    void aPossessiveIsMarkedAndLeftOutOfTheName() {
        Word word = Words.of("Zelensky’s plan".toCharArray(), false, LEXICON, new LowerCaseWords()).getFirst();
        assertTrue(word.possessive());
        assertEquals("zelensky", word.key());
        assertEquals(8, word.nameEnd());
        assertEquals(10, word.end());
    }

    @Test
    void aShortLineEndingInAWordIsAHeading() {
        assertEquals(List.of("Zelensky[CAPITALISED, SENTENCE_START, HEADING]",
                "Returns[CAPITALISED, JOINED, HEADING]", "Kyiv[CAPITALISED, HEADING]",
                "Zelensky[CAPITALISED, SENTENCE_START]"),
                scan("Zelensky Returns to Kyiv\nZelensky returned at last."));
        assertEquals(List.of("Zelensky[CAPITALISED, SENTENCE_START, HEADING]"), scan("Zelensky spoke", true,
                new LowerCaseWords()));
    }

    @Test
    void wordsRunTogetherAreGlued() {
        assertEquals(List.of("Joe[CAPITALISED]", "BidenHouse[CAPITALISED, JOINED, GLUED]",
                "Republicans[CAPITALISED, JOINED]"), scan("by Joe BidenHouse Republicans."));
    }

    @Test
    void anAbbreviationsFullStopDoesNotEndTheSentence() {
        assertEquals(List.of("Sen.[CAPITALISED]", "Graham[CAPITALISED, JOINED]", "U.S.[CAPITALISED]"),
                scan("he said Sen. Graham would help the U.S. economy."));
    }

    @Test
    void lowerCaseWordsAreNotedByTheirKeysWhateverTheirAccentsAndApostrophes() {
        LowerCaseWords lowerCase = new LowerCaseWords();
        scan("the café’s owner said we’re fine", false, lowerCase);
        for (String key : List.of("the", "cafe", "owner", "we're", "fine")) {
            assertTrue(lowerCase.contains(key), key);
        }
        assertFalse(lowerCase.contains("kyiv"));
    }
}
