package broadsheet.enrich;

import broadsheet.corpus.OutletRatings;
import broadsheet.corpus.OutletRatings.Outlet;
import broadsheet.corpus.SourceRecord;
import broadsheet.extract.Extracted;
import broadsheet.extract.NewsMetadata;
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
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Turns what Tika read into an {@link Article}. For each fact the first source that has it wins:
 * sources.csv, then the file's own metadata, then the URL, then the text.
 */
public final class ArticleAssembler {

    private static final List<String> TITLE_KEYS = List.of(TikaCoreProperties.TITLE.getName(), "og:title");
    private static final List<String> DATE_KEYS = List.of(NewsMetadata.PUBLISHED.getName(),
            "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publish-date",
            "date", TikaCoreProperties.CREATED.getName());
    private static final List<String> URL_KEYS = List.of(NewsMetadata.URL.getName(), "og:url");
    private static final List<String> OUTLET_KEYS = List.of(NewsMetadata.OUTLET.getName(), "og:site_name");
    private static final List<String> AUTHOR_KEYS =
            List.of(TikaCoreProperties.CREATOR.getName(), "author", "article:author");

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
        return new Article(id, path, title, extracted.text(), url, outlet, bias, date, authors, List.of(), contentHash);
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

    private static List<String> authors(Metadata metadata) {
        LinkedHashSet<String> authors = new LinkedHashSet<>();
        for (String key : AUTHOR_KEYS) {
            Arrays.stream(metadata.getValues(key)).filter(a -> !a.isBlank()).map(String::strip).forEach(authors::add);
            if (!authors.isEmpty()) {
                break;
            }
        }
        return List.copyOf(authors);
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
