package broadsheet.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about its article, as publishers write it: schema.org JSON-LD, Open Graph and {@code article:}
 * meta tags, Dublin Core, the article's {@code <time datetime>} and the canonical link. Each goes into the metadata
 * under a key of its own, named for where it came from; which of them wins is the enrichment's order of trust
 * (ArticleAssembler), and a date is judged there too, not here.
 */
public final class PageMetadata {

    public static final Property JSON_LD_HEADLINE = Property.externalText("page:json-ld:headline");
    public static final Property JSON_LD_PUBLISHED = Property.externalText("page:json-ld:datePublished");
    public static final Property JSON_LD_AUTHOR = Property.externalTextBag("page:json-ld:author");
    public static final Property JSON_LD_PUBLISHER = Property.externalText("page:json-ld:publisher");
    public static final Property JSON_LD_URL = Property.externalText("page:json-ld:url");
    public static final Property OG_TITLE = Property.externalText("page:og:title");
    public static final Property OG_URL = Property.externalText("page:og:url");
    public static final Property OG_SITE_NAME = Property.externalText("page:og:site_name");
    public static final Property ARTICLE_PUBLISHED = Property.externalText("page:article:published_time");
    public static final Property ARTICLE_AUTHOR = Property.externalTextBag("page:article:author");
    public static final Property DC_TITLE = Property.externalText("page:dc:title");
    public static final Property DC_DATE = Property.externalText("page:dc:date");
    public static final Property DC_CREATOR = Property.externalTextBag("page:dc:creator");
    public static final Property DC_PUBLISHER = Property.externalText("page:dc:publisher");
    /** The {@code datetime} of the article's first {@code <time>}, or of one marked as the publication date. */
    public static final Property TIME = Property.externalText("page:time");
    public static final Property CANONICAL = Property.externalText("page:canonical");

    /** schema.org types of an article; a page's JSON-LD also describes the site, its breadcrumbs, its organisation. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle");

    /** Publishers' JSON-LD is hand-made often enough to hold comments, stray control characters or trailing commas. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private PageMetadata() {}

    /** Adds what the page says about its article to {@code metadata}. */
    static void read(Document page, Metadata metadata) {
        jsonLdArticle(page).ifPresent(article -> readJsonLd(article, metadata));
        Map<String, List<String>> meta = metaTags(page);
        put(metadata, OG_TITLE, meta.get("og:title"));
        put(metadata, OG_URL, meta.get("og:url"));
        put(metadata, OG_SITE_NAME, meta.get("og:site_name"));
        put(metadata, ARTICLE_PUBLISHED, meta.get("article:published_time"));
        put(metadata, ARTICLE_AUTHOR, meta.get("article:author"));
        put(metadata, DC_TITLE, first(meta, "dc.title", "dcterms.title"));
        put(metadata, DC_DATE, first(meta, "dcterms.issued", "dc.date.issued", "dc.date", "dcterms.date",
                "dcterms.created", "dc.date.created"));
        put(metadata, DC_CREATOR, first(meta, "dc.creator", "dcterms.creator"));
        put(metadata, DC_PUBLISHER, first(meta, "dc.publisher", "dcterms.publisher"));
        articleTime(page).ifPresent(time -> metadata.set(TIME, time));
        Element canonical = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            String absolute = canonical.absUrl("href");
            metadata.set(CANONICAL, absolute.isEmpty() ? canonical.attr("href") : absolute);
        }
    }

    /** Every {@code <meta>} by its name or property, lower case, with its values in page order. */
    private static Map<String, List<String>> metaTags(Document page) {
        Map<String, List<String>> tags = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            String content = meta.attr("content").strip();
            if (!name.isBlank() && !content.isEmpty()) {
                tags.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
            }
        }
        return tags;
    }

    private static List<String> first(Map<String, List<String>> meta, String... names) {
        for (String name : names) {
            if (meta.containsKey(name)) {
                return meta.get(name);
            }
        }
        return null;
    }

    private static void put(Metadata metadata, Property key, List<String> values) {
        if (values == null) {
            return;
        }
        if (key.isMultiValuePermitted()) {
            values.forEach(value -> metadata.add(key, value));
        } else {
            metadata.set(key, values.getFirst());
        }
    }

    /**
     * The date of a {@code <time>} marked as the publication date anywhere, else of the first {@code <time>} in the
     * {@code <article>}: its dateline. A {@code <time>} elsewhere may date anything (a comment, a related story).
     */
    private static Optional<String> articleTime(Document page) {
        Element time = page.selectFirst("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
        if (time == null) {
            time = page.selectFirst("article time[datetime]");
        }
        return time == null || time.attr("datetime").isBlank() ? Optional.empty()
                : Optional.of(time.attr("datetime").strip());
    }

    private static void readJsonLd(JsonNode article, Metadata metadata) {
        text(article.get("headline")).or(() -> text(article.get("name")))
                .ifPresent(headline -> metadata.set(JSON_LD_HEADLINE, headline));
        text(article.get("datePublished")).ifPresent(date -> metadata.set(JSON_LD_PUBLISHED, date));
        names(article.get("author")).forEach(author -> metadata.add(JSON_LD_AUTHOR, author));
        names(article.get("publisher")).stream().findFirst().ifPresent(p -> metadata.set(JSON_LD_PUBLISHER, p));
        text(article.get("url")).or(() -> idOf(article.get("mainEntityOfPage")))
                .ifPresent(url -> metadata.set(JSON_LD_URL, url));
    }

    /** The first article the page's JSON-LD blocks describe, with references to other nodes resolved. */
    private static Optional<JsonNode> jsonLdArticle(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (Exception unreadable) {
                // a block the publisher got wrong says nothing; the page's other sources still may
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        nodes.forEach(node -> text(node.get("@id")).ifPresent(id -> byId.putIfAbsent(id, node)));
        return nodes.stream().filter(PageMetadata::isArticle).findFirst().map(article -> resolved(article, byId));
    }

    /** The nodes of a JSON-LD block: one object, an array of them, or a {@code @graph}. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    /** The article with its author and publisher given by {@code @id} alone replaced by the nodes they name. */
    private static JsonNode resolved(JsonNode article, Map<String, JsonNode> byId) {
        ObjectNode copy = article.deepCopy();
        for (String field : List.of("author", "publisher")) {
            JsonNode value = copy.get(field);
            if (value != null && value.isArray()) {
                ArrayNode resolvedAll = copy.putArray(field);
                value.forEach(v -> resolvedAll.add(reference(v, byId)));
            } else if (value != null) {
                copy.set(field, reference(value, byId));
            }
        }
        return copy;
    }

    private static JsonNode reference(JsonNode value, Map<String, JsonNode> byId) {
        if (value.isObject() && value.size() == 1 && value.has("@id")) {
            return byId.getOrDefault(value.get("@id").asText(), value);
        }
        return value;
    }

    /** The names in a schema.org Person or Organization, a list of them, or plain strings. */
    private static List<String> names(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        if (value.isArray()) {
            value.forEach(v -> names.addAll(names(v)));
        } else if (value.isObject()) {
            text(value.get("name")).ifPresent(names::add);
        } else {
            text(value).ifPresent(names::add);
        }
        return names;
    }

    private static Optional<String> idOf(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        return value.isObject() ? text(value.get("@id")).or(() -> text(value.get("url"))) : text(value);
    }

    private static Optional<String> text(JsonNode value) {
        return value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()
                ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
