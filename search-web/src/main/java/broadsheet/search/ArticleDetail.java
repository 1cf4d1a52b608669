package broadsheet.search;

import java.util.List;

/** One article as its page and the API show it, with related coverage from other outlets first. */
public record ArticleDetail(String id, String title, String url, String outlet, String bias, String date,
        List<String> authors, int words, String body, List<NamedEntity> entities, List<RelatedArticle> related) {

    public ArticleDetail {
        authors = List.copyOf(authors);
        entities = List.copyOf(entities);
        related = List.copyOf(related);
    }
}
