package broadsheet.search;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.search.SearchResult.EntityRef;
import broadsheet.search.SearchResult.Hit;
import java.util.Comparator;
import java.util.List;

/** The entities a result shows under its title: those it names most, people, organisations and places only. */
final class EntityChips {

    static final int PER_HIT = 6;

    private EntityChips() {}

    static List<EntityRef> of(List<ArticleEntity> entities) {
        return entities.stream()
                .filter(e -> e.type().facetField().isPresent())
                .sorted(Comparator.comparingInt(ArticleEntity::mentionCount).reversed())
                .limit(PER_HIT)
                .map(e -> new EntityRef(e.name(), e.type().label()))
                .toList();
    }

    /** An article as a hit of a result list, whichever engine found it; {@code score} null when sorted by date. */
    static Hit hit(Article article, Float score, String snippet, List<String> missing) {
        return new Hit(Listing.of(article), score, snippet, missing, of(article.entities()));
    }
}
