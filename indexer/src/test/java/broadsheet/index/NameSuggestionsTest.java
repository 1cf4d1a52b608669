package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.cli.Broadsheet;
import broadsheet.cli.IndexCommand;
import broadsheet.corpus.Corpus;
import broadsheet.testing.TestCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code entities --suggest}: the names the knowledge base lacks, most mentioned first, each with a sentence. */
class NameSuggestionsTest {

    @TempDir
    static Path temp;

    static Path corpusRoot;
    static Path index;

    @BeforeAll
    static void indexArticlesNamingPeopleTheKnowledgeBaseLacks() throws IOException {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        corpusRoot = corpus.root();
        Files.writeString(corpusRoot.resolve(Corpus.ENTITIES), "name,type,aliases,description\nKyiv,place,Kiev,\n");
        corpus.text("a.txt", "Visit\n\nForeign Minister Andrii Sybiha flew to Kyiv. Later Sybiha met envoys.");
        corpus.text("b.txt", "Talks\n\nThe talks went on. Minister Andrii Sybiha spoke again.");
        corpus.text("c.txt", "Forum\n\nThe Black Sea Forum opened in Odesa.");
        index = temp.resolve("index");
        IndexCommand.run(IndexRequest.defaults(corpusRoot, index), corpus.knowledge(), Progress.SILENT);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Broadsheet.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        String[] all = new String[args.length + 5];
        all[0] = "entities";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--corpus", corpusRoot.toString(), "--index", index.toString()}, 0, all,
                args.length + 1, 4);
        assertEquals(0, commandLine.execute(all));
        return out.toString();
    }

    @Test
    void listsUnknownNamesWithTheirCountAndAnExampleSentence() {
        String out = run("--suggest", "--min", "1");
        String sybiha = out.lines().filter(l -> l.contains("Andrii Sybiha")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(sybiha.matches("\\s*3\\s+Andrii Sybiha\\s+person\\s+Foreign Minister Andrii Sybiha flew to Kyiv\\."),
                sybiha);
        assertTrue(out.contains("Black Sea Forum"), out);
        assertTrue(out.indexOf("Andrii Sybiha") < out.indexOf("Black Sea Forum"), "most mentioned first:\n" + out);
    }

    @Test
    void knownNamesAreNotSuggested() {
        assertFalse(run("--suggest", "--min", "1").contains("Kyiv  "));
    }

    @Test
    void namesMentionedLessThanTheMinimumAreLeftOut() {
        String out = run("--suggest", "--min", "2");
        assertTrue(out.contains("Andrii Sybiha"), out);
        assertFalse(out.contains("Black Sea Forum"), out);
    }
}
