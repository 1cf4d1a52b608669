package broadsheet.search;

import java.util.List;

/** An article with its body cut into segments that mark the query's matches and the entities named. */
public record ArticlePage(ArticleDetail article, List<TextSegment> body) {

    public ArticlePage {
        body = List.copyOf(body);
    }
}
