package broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.schema.ArticleSummary;
import broadsheet.search.ArticlePage.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePagesTest {

    @TempDir
    static Path dir;

    static LiveIndex index;
    static ArticlePages pages;

    @BeforeAll
    static void buildArchive() throws IOException {
        index = new LiveIndex(TestArchive.build(dir.resolve("index")), Duration.ofSeconds(30));
        pages = new ArticlePages(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void articlePageMarksQueryTermsAndEntitiesAndPrefersOtherOutlets() throws IOException {
        ArticlePage page = pages.article("a-guarantees-left", "security guarantees").orElseThrow();
        List<Segment> body = page.body();
        assertEquals(page.article().body(), String.join("", body.stream().map(Segment::text).toList()));
        assertTrue(body.stream().anyMatch(s -> s.match() && s.text().equals("security")));
        assertTrue(body.stream().anyMatch(s -> TestArchive.ZELENSKYY.equals(s.entity()) && s.text().equals("Zelenskyy")));
        List<ArticleSummary> related = page.article().related();
        assertFalse(related.isEmpty());
        assertFalse(related.getFirst().outlet().equals("Left Daily"), "another outlet's coverage first: " + related);
        assertTrue(pages.article("no-such-id", "").isEmpty());
    }
}
