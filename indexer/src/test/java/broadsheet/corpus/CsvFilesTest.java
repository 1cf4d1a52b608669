package broadsheet.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.testing.TestCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus's CSV files as spreadsheets save them. */
class CsvFilesTest {

    @TempDir
    Path temp;

    @Test
    void aSourcesFileSavedByExcelWithAByteOrderMarkIsRead() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        excel.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        excel.write("path,outlet,date\r\narticles/a.txt,Daily,2019-07-01\r\n".getBytes(StandardCharsets.UTF_8));
        Files.write(corpus.root().resolve(Corpus.SOURCES), excel.toByteArray());

        SourceRecord row = CorpusKnowledge.load(corpus.corpus()).sources().forPath("articles/a.txt");

        assertEquals("Daily", row.outlet());
        assertEquals("2019-07-01", row.date());
    }

    @Test
    void anOutletsFileThatIsNotTextIsNamedWithWhatIsWrong() throws Exception {
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        byte[] binary = new byte[4096];
        new Random(5).nextBytes(binary);
        Path outlets = Files.write(corpus.root().resolve(Corpus.OUTLETS), binary);

        IOException e = assertThrows(IOException.class, () -> CorpusKnowledge.load(corpus.corpus()));

        assertEquals(outlets + ": not UTF-8 text (line 1 has bytes that are not); save it as \"CSV UTF-8\"",
                e.getMessage());
    }

    @Test
    void aLatinOneSpreadsheetIsRefusedAtTheLineWithTheFirstAccent() throws Exception {
        Path file = temp.resolve(Corpus.OUTLETS);
        byte[] latin1 = "outlet,bias\nDaily,center\nLe Monde Diplomatique,left\nCaf\u00e9 Gazette,center\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        IOException e = assertThrows(IOException.class, () -> CsvFiles.parse(file, latin1, "outlet"));

        assertEquals(file + ": not UTF-8 text (line 4 has bytes that are not); save it as \"CSV UTF-8\"", e.getMessage());
    }
}
