package broadsheet.search;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleSummary;

/** An article as a result list or related coverage shows it: its summary, with a title of bounded length. */
final class Listing {

    /** Titles longer than this are cut between words: a list has room for a line or two of each. */
    static final int MAX_TITLE_LENGTH = 200;

    private Listing() {}

    static ArticleSummary of(Article article) {
        ArticleSummary summary = ArticleSummary.of(article);
        return new ArticleSummary(summary.id(), TextCut.shorten(summary.title(), MAX_TITLE_LENGTH), summary.url(),
                summary.outlet(), summary.bias(), summary.date());
    }
}
