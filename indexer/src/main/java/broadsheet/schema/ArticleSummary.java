package broadsheet.schema;

/**
 * An article as a result list, a link to it or a listing shows it: the bias as its label, the date as ISO
 * 8601 with its precision, or null when the article is undated.
 */
public record ArticleSummary(String id, String title, String url, String outlet, String bias, String date) {

    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id(), article.title(), article.url(), article.outlet(),
                article.bias().label(), article.date() == null ? null : article.date().iso());
    }
}
