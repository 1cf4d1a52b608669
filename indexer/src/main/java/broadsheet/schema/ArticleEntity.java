package broadsheet.schema;

import java.util.List;

/** An entity an article names, by its canonical name, with every place it is named. */
public record ArticleEntity(String name, EntityType type, List<Mention> mentions) {

    public ArticleEntity {
        mentions = List.copyOf(mentions);
    }

    public int mentionCount() {
        return mentions.size();
    }
}
