package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import broadsheet.testing.IndexedCorpus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus that ships with Broadsheet indexes completely, with the facts its README promises. */
class BundledCorpusTest {

    static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    static Path temp;

    static Path index;
    static IndexReport report;

    @BeforeAll
    static void indexTheBundledCorpus() throws Exception {
        index = temp.resolve("index");
        CorpusKnowledge knowledge = CorpusKnowledge.load(new Corpus(CORPUS));
        report = new CorpusIndexer(knowledge, CorpusIndexer.allStages(knowledge), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(CORPUS, index), Progress.SILENT);
    }

    @Test
    void all571ArticlesGoIn() {
        assertEquals(571, report.documents(), report.toString());
        assertTrue(report.complete(), report.skipped().toString());
    }

    @Test
    void theFivePlainTextArticlesGetTheirDatesFromTheRightSources() throws Exception {
        Map<String, String> expected = Map.of(
                "articles/000_a0cc4ae7e5a0af00.txt", "2025-02-14", // URL
                "articles/001_7bfd15d39a52537b.txt", "2025-02-12", // dateline
                "articles/002_33b2ddd44270ac70.txt", "2025-05-01", // sources.csv
                "articles/003_58691601c86d5740.txt", "2025-02"); // URL, month precision
        for (var entry : expected.entrySet()) {
            assertEquals(entry.getValue(), IndexedCorpus.article(index, entry.getKey()).orElseThrow().date().iso(),
                    entry.getKey());
        }
        assertNull(IndexedCorpus.article(index, "articles/004_93812a26b52e2b38.txt").orElseThrow().date());
    }

    @Test
    void everyArticleHasASensibleTitle() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS.resolve("articles"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Article article = IndexedCorpus.article(index, "articles/" + file.getFileName()).orElseThrow();
                assertFalse(article.title().isBlank());
                assertTrue(article.title().length() <= 161, article.title());
                assertFalse(article.title().startsWith("00"), "a file name is no title: " + article.title());
            }
        }
        assertEquals("Ukraine’s Strategic Offer for Continued Military Support in Exchange for Rare Earth Minerals",
                IndexedCorpus.article(index, "articles/001_7bfd15d39a52537b.txt").orElseThrow().title());
    }

    @Test
    void biasCountsAreThoseImpliedByOutletsCsv() throws Exception {
        Map<String, String> biasByOutlet = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(CORPUS.resolve("outlets.csv"))) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                biasByOutlet.put(row.get("outlet"), row.get("bias"));
            }
        }
        Map<String, Integer> expected = new TreeMap<>(Map.of(Bias.UNRATED.label(), 5));
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(CORPUS.resolve("articles/allsides"))) {
            for (Path file : files.toList()) {
                String outlet = json.readTree(file.toFile()).get("source").asText();
                expected.merge(biasByOutlet.get(outlet), 1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexStats.of(reader, new FurnitureStats(0, 0, 0, 0)).bias().forEach((bias, count) -> {
                if (count > 0) {
                    actual.put(bias, count);
                }
            });
        }
        assertEquals(expected, actual);
    }
}
