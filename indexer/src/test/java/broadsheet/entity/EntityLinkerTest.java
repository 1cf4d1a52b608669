package broadsheet.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.EntityType;
import broadsheet.schema.Fields;
import broadsheet.schema.Mention;
import broadsheet.testing.TestArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityLinkerTest {

    private static EntityLinker linker;

    @BeforeAll
    static void linkerOverASmallKnowledgeBase(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("entities.csv");
        Files.writeString(file, """
                name,type,aliases,description
                Volodymyr Zelenskyy,person,Zelenskyy|Zelensky|Zelenskiy,
                Donald Trump,person,Trump,
                Scott Bessent,person,,
                Hillary Clinton,person,,
                Bill Clinton,person,,
                Jean-Claude Juncker,person,,
                NATO,organization,,
                Democratic Party,organization,Democrats,
                United States,place,US|U.S.|America,
                Kyiv,place,Kiev,
                Black Sea,place,,
                """);
        linker = new EntityLinker(KnowledgeBase.load(file));
    }

    private static List<ArticleEntity> entities(String title, String body) {
        Article article = TestArticles.of(title, body);
        return linker.enrich(article).entities();
    }

    private static List<ArticleEntity> entities(String body) {
        return entities("", body);
    }

    /** Canonical name -> number of mentions. */
    private static Map<String, Integer> counts(String body) {
        return entities(body).stream().collect(Collectors.toMap(ArticleEntity::name, ArticleEntity::mentionCount));
    }

    private static ArticleEntity entity(List<ArticleEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + entities));
    }

    @Test
    void findsPeopleOrganisationsAndPlacesUnderTheirCanonicalNames() {
        List<ArticleEntity> found = entities("Zelensky asked NATO for help as drones struck Kiev.");
        assertEquals(EntityType.PERSON, entity(found, "Volodymyr Zelenskyy").type());
        assertEquals(EntityType.ORGANIZATION, entity(found, "NATO").type());
        assertEquals(EntityType.PLACE, entity(found, "Kyiv").type());
        assertEquals(3, found.size(), found.toString());
    }

    @Test
    void anArticleSeesOnlyItsOwnTextAfterALongerOneInTheSameThread() {
        // each thread reuses one buffer for the bodies it links; what a longer body left there is not text
        assertEquals(Map.of("Volodymyr Zelenskyy", 1, "Donald Trump", 1, "Kyiv", 1),
                counts("Volodymyr Zelenskyy met Donald Trump in Kyiv on Friday morning."));
        assertEquals(Map.of(), counts("Donald said"));
        assertEquals(Map.of("Kyiv", 1), counts("Kiev"));
    }

    @Test
    void mentionsPointAtTheNameInTheTitleOrTheBody() {
        String title = "Trump meets Zelenskiy";
        String body = "Donald Trump said the U.S. would help.";
        ArticleEntity trump = entity(entities(title, body), "Donald Trump");
        assertEquals(List.of(new Mention(Fields.TITLE, 0, 5), new Mention(Fields.BODY, 0, 12)), trump.mentions());
        Mention us = entity(entities(title, body), "United States").mentions().getFirst();
        assertEquals("U.S.", body.substring(us.start(), us.end()));
    }

    @Test
    void spellingsMatchWhateverTheCaseAndDiacritics() {
        assertEquals(Map.of("Volodymyr Zelenskyy", 3, "Kyiv", 1),
                counts("ZELENSKYY IN KIEV: Zelénskyy and Zelenskíy spoke."));
    }

    @Test
    void possessivesAreNotPartOfTheName() {
        List<ArticleEntity> found = entities("Zelensky’s plan, Trump's reply and the Democrats' doubts.");
        assertEquals("Zelensky", text("Zelensky’s plan, Trump's reply and the Democrats' doubts.",
                entity(found, "Volodymyr Zelenskyy").mentions().getFirst()));
        assertEquals(1, entity(found, "Donald Trump").mentionCount());
        assertEquals(1, entity(found, "Democratic Party").mentionCount());
    }

    @Test
    void hyphenatedAndSpacedSpellingsAreTheSameName() {
        assertEquals(Map.of("Jean-Claude Juncker", 2), counts("Jean Claude Juncker spoke. Then Jean-Claude Juncker left."));
        assertEquals(Map.of("NATO", 1), counts("A NATO-backed plan."));
    }

    @Test
    void aSmallMisspellingOfALongNameLinksToIt() {
        assertEquals(Map.of("Volodymyr Zelenskyy", 1), counts("Furthermore Zelenskyyyy is not a President to assist."));
        assertEquals(Map.of("Volodymyr Zelenskyy", 1), counts("Volodymyr Zelenskky said so."));
        assertEquals(Map.of("Democratic Party", 1), counts("The Democratic Partty met."));
    }

    @Test
    void aShortNameIsNotGuessedFromAMisspelling() {
        assertEquals(Map.of(), counts("Then Trumb spoke."));
    }

    @Test
    void aSurnameAloneNamesThePersonNamedInFullEarlier() {
        assertEquals(Map.of(), counts("Bessent said nothing."));
        assertEquals(Map.of("Scott Bessent", 2), counts("Bessent arrived. Scott Bessent said so. Later Bessent left."));
    }

    @Test
    void aSurnameSharedByTwoPeopleNamesTheOneNamedLast() {
        List<ArticleEntity> found = entities("Hillary Clinton ran. Clinton lost. Bill Clinton spoke. Clinton smiled.");
        assertEquals(2, entity(found, "Hillary Clinton").mentionCount());
        assertEquals(2, entity(found, "Bill Clinton").mentionCount());
    }

    @Test
    void aWordWrittenInLowerCaseIsNotAName() {
        assertEquals(Map.of(), counts("They trump up charges and nobody told us."));
        assertEquals(Map.of("United States", 1), counts("Nobody told us that the US would pay."));
    }

    @Test
    void aCommonWordStartingASentenceIsKnownFromItsLowerCaseUseWhateverItsDiacriticsAndApostrophes() {
        EntityLinker noKnowledge = new EntityLinker(KnowledgeBase.empty());
        for (String text : List.of("We met at the cafe there. Cafe Mariela Lopez said so.",
                "We met at the café there. Café Mariela Lopez said so.",
                "We will see y’all there. Y’all Mariela Lopez said so.")) {
            Article article = TestArticles.of("", text);
            assertEquals(List.of("Mariela Lopez"),
                    noKnowledge.enrich(article).entities().stream().map(ArticleEntity::name).toList(), text);
        }
    }

    @Test
    void aCapitalisedCommonWordStartingASentenceIsNotPartOfAName() {
        List<ArticleEntity> found = entities("Grain prices rose. Grain Deal talks began as grain ships left port. "
                + "However Kyiv waited.");
        assertEquals(List.of("Kyiv"), found.stream().map(ArticleEntity::name).toList());
    }

    @Test
    void wordsRunTogetherByABadScrapeSpoilTheNameTheyStandIn() {
        assertEquals(Map.of("Donald Trump", 1, "Democratic Party", 1),
                counts("President Donald Trump Donald John TrumpSessions says he backs Bernie Sanders2020 Democrats."));
        assertEquals(Map.of("Mitch McConnell", 1), counts("Senate leader Mitch McConnell spoke."));
    }

    @Test
    void sentencesRunTogetherByABadScrapeAreTwoSentences() {
        assertEquals(Map.of("Donald Trump", 2, "Kyiv", 1, "United States", 1),
                counts("Donald Trump spoke in Kyiv.Trump said the U.S. would help."));
    }

    @Test
    void aKnownNameMayHoldManyLowerCaseWords(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("entities.csv");
        Files.writeString(file, """
                name,type,aliases,description
                Organization for Security and Co-operation in Europe,organization,OSCE,
                Europe,place,,
                """);
        EntityLinker osce = new EntityLinker(KnowledgeBase.load(file));
        Article article = TestArticles.of("", "Monitors of the Organization for Security and"
                + " Co-operation in Europe left.");
        assertEquals(List.of("Organization for Security and Co-operation in Europe"),
                osce.enrich(article).entities().stream().map(ArticleEntity::name).toList());
    }

    @Test
    void headlineLikeLinesYieldOnlyKnownNames() {
        assertEquals(Map.of("Kyiv", 1), counts("A Complex Diplomatic Puzzle Around Kyiv\nThe talks went on."));
    }

    @Test
    void oneLinkerServesManyThreadsAlike() {
        String body = "Zelensky met Donald Trump. Trump and Scott Bessent spoke in Kiev; Bessent left for the Black Sea.";
        List<ArticleEntity> alone = entities(body);
        assertTrue(IntStream.range(0, 500).parallel().mapToObj(i -> entities(body)).allMatch(alone::equals));
        assertFalse(alone.isEmpty());
    }

    private static String text(String body, Mention mention) {
        return body.substring(mention.start(), mention.end());
    }
}
