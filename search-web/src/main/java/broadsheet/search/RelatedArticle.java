package broadsheet.search;

/** Another article about the same story, with its outlet's bias. */
public record RelatedArticle(String id, String title, String url, String outlet, String bias, String date) {}
