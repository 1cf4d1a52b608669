package broadsheet.entity;

import broadsheet.enrich.Enrichment;
import broadsheet.knowledge.KnowledgeBase;
import java.util.Collection;
import java.util.List;
import broadsheet.schema.Article;
import broadsheet.schema.Fields;

/**
 * Finds the people, organisations and places an article names, in its title and body (but for its furniture).
 *
 * <p>Every spelling in the knowledge base is found in the normalised text (case, diacritics, hyphens; a possessive
 * stays outside the match) from each capitalised word that may start one ({@link KnownNames}). A known person's
 * surname alone counts only once the article has named them in full. What remains are runs of capitalised words:
 * a small misspelling of a long known name links to it; otherwise a run may be a new name, kept under its own
 * spelling with a guessed type, by the {@link NameRules}. Thread-safe, so one linker serves every indexing thread.
 */
public final class EntityLinker implements Enrichment {

    private final KnownNames names;
    private final Lexicon lexicon;

    public EntityLinker(KnowledgeBase knowledgeBase) {
        this(knowledgeBase, List.of());
    }

    /** A linker that also takes a new name that is one of the archive's outlets for an organisation's. */
    public EntityLinker(KnowledgeBase knowledgeBase, Collection<String> outlets) {
        names = new KnownNames(knowledgeBase, outlets);
        lexicon = new Lexicon(names.nameStarts(), names.firstNames());
    }

    @Override
    public Article enrich(Article article) {
        char[] title = article.title().toCharArray();
        // furniture is blanked out: a caption's or a widget's words are no article's names
        char[] body = article.rankedBody().toCharArray();
        LowerCaseWords lowerCase = new LowerCaseWords();
        // the words of both fields are read before either is linked: the body's lower-case words tell which of
        // the title's capitalised words are common ones
        var titleWords = Words.of(title, true, lexicon, lowerCase);
        var bodyWords = Words.of(body, false, lexicon, lowerCase);
        ArticleMentions mentions = new ArticleMentions(lowerCase);
        new FieldLinking(names, Fields.TITLE, title, mentions).link(titleWords);
        new FieldLinking(names, Fields.BODY, body, mentions).link(bodyWords);
        return article.withEntities(mentions.entities());
    }
}
