package broadsheet.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.schema.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    @TempDir
    Path temp;

    private KnowledgeBase load(String... rows) throws IOException {
        Path file = temp.resolve("entities.csv");
        Files.writeString(file, "name,type,aliases,description\n" + String.join("\n", rows) + "\n");
        return KnowledgeBase.load(file);
    }

    private IOException loadFails(String... rows) {
        return assertThrows(IOException.class, () -> load(rows));
    }

    @Test
    void readsNamesTypesAliasesAndDescriptions() throws IOException {
        KnowledgeBase kb = load("Volodymyr Zelenskyy,person,Zelensky|Zelenskiy,President of Ukraine",
                "NATO,organization,,", "Kyiv,place,Kiev,");
        KnownEntity zelenskyy = kb.entities().getFirst();
        assertEquals("Volodymyr Zelenskyy", zelenskyy.name());
        assertEquals(EntityType.PERSON, zelenskyy.type());
        assertEquals(List.of("Zelensky", "Zelenskiy"), zelenskyy.aliases());
        assertEquals("President of Ukraine", zelenskyy.description());
        assertEquals(List.of("NATO", "Kyiv"), kb.entities().stream().skip(1).map(KnownEntity::name).toList());
    }

    @Test
    void aMissingFileIsAnEmptyKnowledgeBase() throws IOException {
        assertTrue(KnowledgeBase.load(temp.resolve("nothing-here.csv")).entities().isEmpty());
    }

    @Test
    void anUnknownTypeIsAnErrorNamingTheLine() {
        IOException e = loadFails("Kyiv,place,,", "Ukraine,country,,");
        assertTrue(e.getMessage().contains("entities.csv line 3: unknown type 'country' for Ukraine"), e.getMessage());
    }

    @Test
    void anEmptyNameIsAnErrorNamingTheLine() {
        IOException e = loadFails("Kyiv,place,,", ",person,Zelensky,");
        assertTrue(e.getMessage().contains("entities.csv line 3: empty name"), e.getMessage());
    }

    @Test
    void anAliasClaimedByTwoEntitiesIsAnErrorNamingBothLines() {
        IOException e = loadFails("Georgia,place,Sakartvelo,Country", "Kyiv,place,,", "Georgia (U.S. state),place,GEORGIA,");
        assertTrue(e.getMessage().contains("entities.csv line 4: 'GEORGIA' of Georgia (U.S. state) is already a name of"
                + " Georgia (line 2)"), e.getMessage());
    }

    @Test
    void aNameTheLinkerCouldNeverFindIsAnError() {
        IOException e = loadFails("Kyiv,place,,", "the Hague,place,,");
        assertTrue(e.getMessage().contains("entities.csv line 3: the name 'the Hague' cannot be found in text"),
                e.getMessage());
    }

    @Test
    void aReaderMayTypeANameInAnyCaseButAShortAcronymOnlyInCapitals() throws IOException {
        KnowledgeBase kb = load("Volodymyr Zelenskyy,person,Zelensky,", "United States,place,US|U.S.,");
        assertEquals("Volodymyr Zelenskyy", kb.named("zelensky").orElseThrow().name());
        assertEquals("Volodymyr Zelenskyy", kb.named("Zelensky’s").orElseThrow().name());
        assertEquals("Volodymyr Zelenskyy", kb.named("Zelénsky").orElseThrow().name());
        assertEquals("United States", kb.named("US").orElseThrow().name());
        assertTrue(kb.named("us").isEmpty());
        assertTrue(kb.named("u.s.").isEmpty());
    }
}
