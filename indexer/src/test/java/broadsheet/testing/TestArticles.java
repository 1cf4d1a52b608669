package broadsheet.testing;

import broadsheet.schema.Article;
import broadsheet.schema.Bias;
import java.util.List;

/** Articles that are only a title and a body, for the stages that read nothing else. */
public final class TestArticles {

    private TestArticles() {}

    public static Article of(String title, String body) {
        return new Article("id", "articles/a.txt", title, body, null, null, Bias.UNRATED, null, List.of(), List.of(),
                "hash", null);
    }
}
