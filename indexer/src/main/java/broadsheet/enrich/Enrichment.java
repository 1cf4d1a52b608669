package broadsheet.enrich;

import broadsheet.schema.Article;

/** A stage that adds what can be learnt from an assembled article, such as the entities it names. */
@FunctionalInterface
public interface Enrichment {
    Article enrich(Article article);
}
