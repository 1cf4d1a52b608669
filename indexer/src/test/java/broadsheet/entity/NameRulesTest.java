package broadsheet.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.testing.TestArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link NameRules}, one test a rule, each on a sentence: what the linker makes of capitalised words that no
 * known spelling covers. The knowledge base knows only Vladimir Putin, so that "Vladimir" is a known first name.
 */
class NameRulesTest {

    private static EntityLinker linker;

    @BeforeAll
    static void linkerThatKnowsOnePerson(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("entities.csv");
        Files.writeString(file, "name,type,aliases,description\nVladimir Putin,person,,\n");
        linker = new EntityLinker(KnowledgeBase.load(file));
    }

    /** The names found in a body (or a title), each with its type, in the order named. */
    private static Map<String, String> names(String title, String body) {
        Article article = TestArticles.of(title, body);
        Map<String, String> names = new LinkedHashMap<>();
        for (ArticleEntity entity : linker.enrich(article).entities()) {
            names.put(entity.name(), entity.type().label());
        }
        return names;
    }

    private static Map<String, String> names(String body) {
        return names("", body);
    }

    @Test
    void aTitleBeforeANameMakesItAPersonsName() {
        assertEquals(Map.of("Alexander Stubb", "person"), names("On Monday Finnish President Alexander Stubb spoke."));
    }

    @Test
    void aTitleOfSomethingNamesThatToo() {
        assertEquals(Map.of("Marco Rubio", "person"), names("Then Secretary of State Marco Rubio flew to Kyiv."));
    }

    @Test
    void aTitleAloneIsNoName() {
        assertEquals(Map.of(), names("We asked the Secretary of State about it."));
    }

    @Test
    void aRunEndingAsAnOrganisationsNameIsOneEvenWithATitleInIt() {
        assertEquals(Map.of("Prosecutor General Office", "organization"),
                names("We asked the Prosecutor General Office about it."));
    }

    @Test
    void oneWordAfterATitleIsAPerson() {
        assertEquals(Map.of("Klitschko", "person"), names("In Kyiv Mayor Klitschko said no."));
    }

    @Test
    void aFirstNameAfterATitleIsANameCutShort() {
        assertEquals(Map.of(), names("Then President Vladimir said no."));
    }

    @Test
    void oneWordWithoutATitleIsTooLittleForANewName() {
        assertEquals(Map.of(), names("Experts say Zaluzhnyi is popular."));
    }

    @Test
    void aFunctionWordDoesNotStartAName() {
        assertEquals(Map.of("Black Sea Forum", "other"), names("We went to The Black Sea Forum in May."));
    }

    @Test
    void aCommonWordOpeningASentenceDoesNotStartAName() {
        assertEquals(Map.of("Mariela Lopez", "person"),
                names("They sold grain there. Grain Mariela Lopez bought it."));
    }

    @Test
    void aCommonWordInsideASentenceStaysInTheName() {
        assertEquals(Map.of("Great Green Wall", "other"), names("It is a great idea, they said of the Great Green Wall."));
    }

    @Test
    void aNameNeedsAWordThatIsNotCommon() {
        assertEquals(Map.of(), names("The new plan was good. We saw the New Plan at last."));
    }

    @Test
    void andJoinsTwoNames() {
        assertEquals(Map.of("Mariela Lopez", "person", "Juan Perez", "person"),
                names("We saw Mariela Lopez and Juan Perez there."));
    }

    @Test
    void andStaysInsideAnOrganisationsName() {
        assertEquals(Map.of("Azovstal Iron and Steel Works", "organization"),
                names("Fighters held the Azovstal Iron and Steel Works."));
    }

    @Test
    void theLastWordTellsAnOrganisationOrAPlace() {
        assertEquals(Map.of("Defence Ministry", "organization", "Kherson Region", "place"),
                names("The Defence Ministry said the Kherson Region was shelled."));
    }

    @Test
    void aKnownFirstNameMakesAPerson() {
        assertEquals(Map.of("Vladimir Klitschko", "person"), names("We met Vladimir Klitschko there."));
    }

    @Test
    void aGivenNameMakesAPerson() {
        assertEquals(Map.of("Ted Cruz", "person", "Brett Kavanaugh", "person"),
                names("Ted Cruz spoke up for Brett Kavanaugh on Monday."));
    }

    @Test
    void aPersonsSurnameAfterATitleMakesTheirFullNameAPersons() {
        Article article = TestArticles.of("", "Reince Priebus arrived late. Mr. Priebus said little.");
        List<ArticleEntity> found = linker.enrich(article).entities();
        assertEquals(List.of("Reince Priebus"), found.stream().map(ArticleEntity::name).toList());
        assertEquals("person", found.getFirst().type().label());
        assertEquals(2, found.getFirst().mentionCount());
    }

    @Test
    void aPlaceTheGazetteerListsIsAPlace() {
        assertEquals(Map.of("Hong Kong", "place", "Puerto Rico", "place", "South Korea", "place"),
                names("Flights from Hong Kong to Puerto Rico stop in South Korea."));
    }

    @Test
    void aWordThatStartsPlacesNamesMakesAPlace() {
        assertEquals(Map.of("San Bernardino", "place", "Des Moines", "place", "St. Louis", "place"),
                names("They drove from San Bernardino to Des Moines and on to St. Louis."));
    }

    @Test
    void oneOfSomethingIsAnOrganisationOrAPlaceAsItsFirstWordSays() {
        assertEquals(Map.of("Department of Homeland Security", "organization", "District of Columbia", "place"),
                names("The Department of Homeland Security moved out of the District of Columbia."));
    }

    @Test
    void aNationsPeopleAtTheEndDescribeSomeoneAndNameNoOne() {
        assertEquals(Map.of("Christian Syrian", "other"), names("They reached the ancient Christian Syrian town."));
    }

    @Test
    void captionsAndPhotoCreditsAreNoNames() {
        assertEquals(Map.of(), names("Hide Caption 1 of 12. The rally (FILE PHOTO, Getty Images). Replay More Videos"));
    }

    @Test
    void anOutletOfTheArchiveIsAnOrganisation() {
        EntityLinker withOutlets = new EntityLinker(KnowledgeBase.empty(), List.of("Daily Beast", "Ben Shapiro"));
        Map<String, String> found = new LinkedHashMap<>();
        withOutlets.enrich(TestArticles.of("", "The Daily Beast quoted Ben Shapiro on Monday.")).entities()
                .forEach(entity -> found.put(entity.name(), entity.type().label()));
        // a columnist who is an outlet of the archive is still a person by their given name
        assertEquals(Map.of("Daily Beast", "organization", "Ben Shapiro", "person"), found);
    }

    @Test
    void anyOtherNewNameIsOfNoKnownType() {
        assertEquals(Map.of("Great Green Wall", "other"), names("They spoke of the Great Green Wall."));
    }

    @Test
    void aPersonsSurnameAloneNamesThemOnceNamedInFull() {
        Article article = TestArticles.of("", "Minister Andrii Sybiha arrived. Later Sybiha spoke.");
        List<ArticleEntity> found = linker.enrich(article).entities();
        assertEquals(List.of("Andrii Sybiha"), found.stream().map(ArticleEntity::name).toList());
        assertEquals(2, found.getFirst().mentionCount());
    }

    @Test
    void aHeadlineYieldsNoNewNames() {
        assertEquals(Map.of(), names("Mariela Lopez Wins The Vote", "She won."));
        assertEquals(Map.of(), names("A Complex Diplomatic Puzzle Around Mariela Lopez\nThe talks went on."));
    }

    @Test
    void wordsRunTogetherByABadScrapeSpoilTheName() {
        assertEquals(Map.of(), names("We heard from Mariela LopezHouse Republicans."));
    }
}
