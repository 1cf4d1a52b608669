package broadsheet.extract;

import java.util.List;
import org.apache.tika.mime.MediaType;

/** The fields of news JSON (newspaper3k, news-please and the like), each with the names tools give it. */
final class NewsJson {

    static final MediaType MEDIA_TYPE = MediaType.application("x-news+json");

    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> TEXT =
            List.of("content_original", "maintext", "text", "content", "body", "article_text");
    static final List<String> DATE =
            List.of("date", "date_publish", "published", "publish_date", "published_at", "pubdate");
    static final List<String> URL = List.of("url", "link", "source_url");
    static final List<String> OUTLET = List.of("source", "outlet", "publisher", "source_domain", "site_name");
    static final List<String> AUTHORS = List.of("authors", "author", "byline");

    private NewsJson() {}
}
