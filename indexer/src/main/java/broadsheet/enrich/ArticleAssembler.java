package broadsheet.enrich;

import broadsheet.corpus.OutletRatings;
import broadsheet.corpus.OutletRatings.Outlet;
import broadsheet.corpus.SourceRecord;
import broadsheet.extract.Extracted;
import broadsheet.extract.NewsMetadata;
import broadsheet.extract.PageMetadata;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Bias;
import broadsheet.schema.PublicationDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Turns what Tika read into an {@link Article}. For each fact the first source that has it wins:
 * sources.csv, then the file's own metadata, then the URL, then the text. Within a web page's metadata the order of
 * trust is the order of the keys below: schema.org JSON-LD first (written for machines, about the article itself),
 * then Open Graph and {@code article:} tags (written for link previews, and now and then the site's rather than the
 * article's), then Dublin Core, then the article's {@code <time>}, then what Tika's HTML parser read (the
 * {@code <title>}, whose outlet suffix makes it the last resort, and the plain meta tags).
 */
public final class ArticleAssembler {

    private static final List<String> TITLE_KEYS = names(PageMetadata.JSON_LD_HEADLINE, PageMetadata.OG_TITLE,
            PageMetadata.DC_TITLE, TikaCoreProperties.TITLE);
    private static final List<String> DATE_KEYS = Stream.concat(
            names(NewsMetadata.PUBLISHED, PageMetadata.JSON_LD_PUBLISHED, PageMetadata.ARTICLE_PUBLISHED,
                    PageMetadata.DC_DATE, PageMetadata.TIME).stream(),
            Stream.of("datePublished", "pubdate", "publish-date", "date", TikaCoreProperties.CREATED.getName()))
            .toList();
    /** The canonical link names the article's one address; og:url and JSON-LD are most often copies of it. */
    private static final List<String> URL_KEYS =
            names(NewsMetadata.URL, PageMetadata.CANONICAL, PageMetadata.OG_URL, PageMetadata.JSON_LD_URL);
    private static final List<String> OUTLET_KEYS = names(NewsMetadata.OUTLET, PageMetadata.JSON_LD_PUBLISHER,
            PageMetadata.OG_SITE_NAME, PageMetadata.DC_PUBLISHER);
    private static final List<String> AUTHOR_KEYS = Stream.concat(
            names(PageMetadata.JSON_LD_AUTHOR, TikaCoreProperties.CREATOR).stream(),
            Stream.of("author", PageMetadata.ARTICLE_AUTHOR.getName(), PageMetadata.DC_CREATOR.getName())).toList();

    private final OutletRatings outlets;
    private final DateResolver dates;

    public ArticleAssembler(OutletRatings outlets, DateResolver dates) {
        this.outlets = outlets;
        this.dates = dates;
    }

    public Article assemble(String id, String path, String contentHash, SourceRecord source, Extracted extracted,
            Consumer<String> warnings) {
        Metadata metadata = extracted.metadata();
        String url = first(source.url(), metadata, URL_KEYS).orElse(null);

        List<DateResolver.Candidate> dateCandidates = new ArrayList<>();
        dateCandidates.add(new DateResolver.Candidate("sources.csv", source.date()));
        for (String key : DATE_KEYS) {
            dateCandidates.add(new DateResolver.Candidate("the file's " + key, metadata.get(key)));
        }
        DateResolver.fromUrl(url).ifPresent(d -> dateCandidates.add(new DateResolver.Candidate("the URL", d.iso())));
        DateResolver.datelineOf(extracted.text())
                .ifPresent(d -> dateCandidates.add(new DateResolver.Candidate("the dateline", d)));
        PublicationDate date = dates.resolve(dateCandidates, warnings).orElse(null);

        String title = first(source.title(), metadata, TITLE_KEYS)
                .or(() -> Headline.of(extracted.text()))
                .orElse(fileName(path));

        // an over-long outlet gives way to the next source of one, down to the URL's outlet in outlets.csv
        Optional<String> outletName = candidates(source.outlet(), metadata, OUTLET_KEYS)
                .filter(name -> isName(name, "outlet", warnings))
                .findFirst();
        Optional<Outlet> rated = outletName.flatMap(outlets::byName).or(() -> outlets.byUrl(url));
        String outlet = outletName.or(() -> rated.map(Outlet::name)).orElse(null);
        Bias bias = rated.map(Outlet::bias).orElse(Bias.UNRATED);

        List<String> authors = authors(metadata).stream().filter(name -> isName(name, "author", warnings)).toList();
        return new Article(id, path, title, extracted.text(), url, outlet, bias, date, authors, List.of(), contentHash,
                extracted.pageText());
    }

    /** An outlet or author name too long to be one is left out, and the archivist told. */
    private static boolean isName(String name, String what, Consumer<String> warnings) {
        if (ArticleSchema.isName(name)) {
            return true;
        }
        warnings.accept("%s name left out: %,d characters, more than a name has (%d at most): '%s…'".formatted(
                what, name.length(), ArticleSchema.MAX_NAME_LENGTH, name.substring(0, 40)));
        return false;
    }

    private static Optional<String> first(String fromSources, Metadata metadata, List<String> keys) {
        return candidates(fromSources, metadata, keys).findFirst();
    }

    /** The values the sources give, in the order they win. */
    private static Stream<String> candidates(String fromSources, Metadata metadata, List<String> keys) {
        return Stream.concat(Stream.of(fromSources), keys.stream().map(metadata::get))
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip);
    }

    private static List<String> names(Property... keys) {
        return Arrays.stream(keys).map(Property::getName).toList();
    }

    /** The authors the first source that names any gives; an address (article:author's profile link) is no name. */
    private static List<String> authors(Metadata metadata) {
        LinkedHashSet<String> authors = new LinkedHashSet<>();
        for (String key : AUTHOR_KEYS) {
            Arrays.stream(metadata.getValues(key)).filter(a -> !a.isBlank() && !isAddress(a)).map(String::strip)
                    .forEach(authors::add);
            if (!authors.isEmpty()) {
                break;
            }
        }
        return List.copyOf(authors);
    }

    private static boolean isAddress(String value) {
        return value.strip().matches("(?i)https?://\\S*");
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
