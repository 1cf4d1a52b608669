package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import broadsheet.search.LiveIndex;
import broadsheet.search.TestArchive;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index deleted and built again in the same folder while the server serves it: the new one is served. */
class ReplacedIndexTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<Article> articles(String word, int count) {
        return IntStream.range(0, count).mapToObj(i -> TestArchive.article(word + "-" + i, "About " + word, "Left Daily",
                Bias.LEFT, "2025-01", "An article about " + word + ", number " + i + ".")).toList();
    }

    private static int total(TestServer server, String word) throws Exception {
        return JSON.readTree(server.get("/api/search?q=" + word).body()).get("total").asInt();
    }

    @Test
    void anIndexDeletedAndBuiltAgainInTheSameFolderIsServed() throws Exception {
        Path index = TestArchive.build(dir.resolve("index"));
        try (TestServer server = new TestServer(index, Duration.ofMillis(100), LiveIndex.SEARCH_TIME)) {
            assertEquals(TestArchive.articles().size(), JSON.readTree(server.get("/health").body()).get("documents").asInt());
            // fewer documents than the segment of the same name had, then as many: Lucene must not reuse either
            for (List<Article> replacement : List.of(articles("otters", 2), articles("badgers", TestArchive.articles().size()))) {
                String word = replacement.getFirst().id().split("-")[0];
                TestArchive.delete(index);
                TestArchive.write(index, replacement);
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (total(server, word) != replacement.size() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(replacement.size(), total(server, word), word);
                assertEquals(replacement.size(), JSON.readTree(server.get("/health").body()).get("documents").asInt());
                assertEquals(0, total(server, "guarantees"), "nothing of the deleted index is served");
            }
        }
    }
}
