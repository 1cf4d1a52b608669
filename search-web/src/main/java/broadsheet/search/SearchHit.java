package broadsheet.search;

import java.util.List;

/**
 * One article in a result list. {@code snippet} is HTML: the article's text escaped, the best one to
 * three passages joined by an ellipsis, matched terms inside {@code <mark>}.
 */
public record SearchHit(String id, String title, String url, String outlet, String bias, String date,
        String snippet, List<EntityRef> entities) {

    public SearchHit {
        entities = List.copyOf(entities);
    }
}
