package broadsheet.search;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.ArticleSummary;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Comparator;
import java.util.List;

/** An article with its body cut into segments that mark the query's matches and the entities named. */
public record ArticlePage(Detail article, List<Segment> body) {

    /** One article as its page and the API show it, with related coverage from other outlets first. */
    public record Detail(@JsonUnwrapped ArticleSummary summary, List<String> authors, int words, String body,
            List<NamedEntity> entities, List<ArticleSummary> related) {

        public Detail {
            authors = List.copyOf(authors);
            entities = List.copyOf(entities);
            related = List.copyOf(related);
        }
    }

    /** An entity an article names, with how many times it is named. */
    public record NamedEntity(String name, String type, int mentions) {}

    /**
     * A run of an article's text with one marking: part of a query match or not, inside an entity mention
     * ({@code entity} and its {@code entityType}) or not.
     */
    /** {@code furniture}: the text is set aside as page furniture, shown muted, never marked as a match. */
    public record Segment(String text, boolean match, String entity, String entityType, boolean furniture) {}

    public ArticlePage {
        body = List.copyOf(body);
    }

    /** The page of an article whose body has these matches of the reader's query, whichever engine holds it. */
    static ArticlePage of(Article article, List<Passages.Match> matches, List<ArticleSummary> related) {
        List<NamedEntity> entities = article.entities().stream()
                .sorted(Comparator.comparingInt(ArticleEntity::mentionCount).reversed())
                .map(e -> new NamedEntity(e.name(), e.type().label(), e.mentionCount()))
                .toList();
        Detail detail = new Detail(ArticleSummary.of(article), article.authors(), article.words(), article.body(),
                entities, related);
        return new ArticlePage(detail, MarkedText.segments(article.body(), matches, article.entities(),
                article.furniture()));
    }
}
