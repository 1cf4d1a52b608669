package broadsheet.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.corpus.Corpus;
import broadsheet.index.CorpusIndexer;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.EntityType;
import broadsheet.testing.IndexedCorpus;
import broadsheet.testing.TestCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the linker against a hand-made gold annotation of the five plain-text articles of the bundled
 * corpus (gold-entities.csv: the canonical people, organisations and places each one names), indexed with
 * the bundled entities.csv through the real indexer.
 */
class LinkerQualityTest {

    private static final Path BUNDLED = Path.of("..", "corpus");
    private static final double PRECISION_GOAL = 0.9;
    private static final double RECALL_GOAL = 0.85;

    private record Named(String name, EntityType type) {
        @Override
        public String toString() {
            return name + " (" + type + ")";
        }
    }

    @Test
    void linkerMeetsPrecisionAndRecallGoalsOnTheFivePlainTextArticles(@TempDir Path temp) throws IOException {
        Map<String, Set<Named>> gold = gold();
        TestCorpus corpus = new TestCorpus(temp.resolve("corpus"));
        for (String file : gold.keySet()) {
            corpus.write(file, Files.readAllBytes(BUNDLED.resolve(Corpus.ARTICLES).resolve(file)));
        }
        for (String csv : List.of(Corpus.SOURCES, Corpus.OUTLETS, Corpus.ENTITIES)) {
            Files.copy(BUNDLED.resolve(csv), corpus.root().resolve(csv));
        }
        Path index = temp.resolve("index");
        new CorpusIndexer(corpus.knowledge(), CorpusIndexer.allStages(corpus.knowledge()), Clock.systemDefaultZone())
                .run(IndexRequest.defaults(corpus.root(), index), Progress.SILENT);

        int truePositives = 0;
        int found = 0;
        int expected = 0;
        List<String> errors = new ArrayList<>();
        for (var article : gold.entrySet()) {
            Set<Named> linked = new HashSet<>();
            for (ArticleEntity e : IndexedCorpus.article(index, Corpus.ARTICLES + "/" + article.getKey()).orElseThrow()
                    .entities()) {
                if (e.type() != EntityType.OTHER) {
                    linked.add(new Named(e.name(), e.type()));
                }
            }
            Set<Named> right = new HashSet<>(linked);
            right.retainAll(article.getValue());
            truePositives += right.size();
            found += linked.size();
            expected += article.getValue().size();
            linked.stream().filter(n -> !article.getValue().contains(n))
                    .forEach(n -> errors.add(article.getKey() + ": wrongly found " + n));
            article.getValue().stream().filter(n -> !linked.contains(n))
                    .forEach(n -> errors.add(article.getKey() + ": missed " + n));
        }
        double precision = (double) truePositives / found;
        double recall = (double) truePositives / expected;
        String report = "precision %.3f (%d of %d found), recall %.3f (%d of %d expected)%s".formatted(precision,
                truePositives, found, recall, truePositives, expected, errors.isEmpty() ? "" : "\n" + String.join("\n", errors));
        System.out.println("Linker against the gold annotation: " + report);
        assertTrue(precision >= PRECISION_GOAL, report);
        assertTrue(recall >= RECALL_GOAL, report);
    }

    private static Map<String, Set<Named>> gold() throws IOException {
        Map<String, Set<Named>> gold = new TreeMap<>();
        try (InputStream in = LinkerQualityTest.class.getResourceAsStream("gold-entities.csv")) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                EntityType type = EntityType.fromLabel(row.get("type")).orElseThrow();
                gold.computeIfAbsent(row.get("article"), a -> new HashSet<>()).add(new Named(row.get("name"), type));
            }
        }
        return gold;
    }
}
