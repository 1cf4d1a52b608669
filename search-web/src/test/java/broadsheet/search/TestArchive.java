package broadsheet.search;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Bias;
import broadsheet.schema.EntityType;
import broadsheet.schema.Fields;
import broadsheet.schema.Mention;
import broadsheet.schema.NewsAnalyzer;
import broadsheet.schema.PublicationDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** A small archive written by the tests themselves: articles whose ranking, facets and text are known. */
public final class TestArchive {

    public static final String ZELENSKYY = "Volodymyr Zelenskyy";
    public static final String NATO = "NATO";
    public static final String UKRAINE = "Ukraine";
    public static final String TRUMP = "Donald Trump";

    private TestArchive() {}

    public static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("a-guarantees-left", "Zelenskyy asks allies for security guarantees", "Left Daily", Bias.LEFT, "2025-02-14",
                "Zelenskyy said on Friday that Ukraine needs security guarantees from NATO before any ceasefire. "
                        + "Zelenskyy repeated the demand for security guarantees in Munich."));
        articles.add(article("b-guarantees-center", "Allies weigh what Ukraine is owed", "Centre Wire", Bias.CENTER, "2025-02-20",
                "Diplomats discussed security for Ukraine at length. Many hours later, after talks on trade, energy, grain "
                        + "exports, shipping routes, sanctions and reconstruction, someone mentioned guarantees, and Zelenskyy "
                        + "was not in the room."));
        articles.add(article("c-minerals-right", "Zelenskyy visits Washington for minerals deal", "Right Times", Bias.RIGHT, "2025-03-01",
                "Zelenskyy arrived in Washington to sign a minerals deal. Critics say the deal offers no guarantees of any kind."));
        articles.add(article("d-minerals-lean-right", "Minerals deal signed at last", "Lean Right Post", Bias.LEAN_RIGHT, "2025-04-30",
                "The minerals deal was signed. Zelenskyy was told that security would follow from investment, not from guarantees."));
        articles.add(article("e-hostile-2016", "Election night <script>alert(1)</script>", "Centre Wire", Bias.CENTER, "2016-03",
                "Voters went to the polls. A reader wrote <script>alert('x')</script> & <b>bold</b> in the comments about turnout."));
        articles.add(article("f-undated", "Guarantees", "Unrated Blog", Bias.UNRATED, null,
                "A blog post about warranties and other consumer protections."));
        articles.add(article("g-far-left", "Security guarantees are a trap, activists say", "Far Left Review", Bias.FAR_LEFT, "2025-02-16",
                "Activists argue that security guarantees drag Ukraine into old alliances, whatever Zelenskyy hopes."));
        articles.add(article("h-left-grain", "Grain exports resume from Odesa", "Left Daily", Bias.LEFT, "2024-11-05",
                "Grain ships left Odesa again under naval guarantees agreed by insurers."));
        return articles;
    }

    /** Writes the archive's articles as a fresh index in {@code dir}. */
    public static Path build(Path dir) throws IOException {
        write(dir, articles());
        return dir;
    }

    public static void write(Path dir, List<Article> articles) throws IOException {
        try (Directory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new NewsAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Article article : articles) {
                writer.addDocument(ArticleSchema.toDocument(article));
            }
            writer.commit();
        }
    }

    /** Deletes a folder and everything in it: an index, say, that a test replaces under a running server. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** An article with the test's entities found wherever their names occur in the body. */
    public static Article article(String id, String title, String outlet, Bias bias, String date, String body) {
        List<ArticleEntity> entities = new ArrayList<>();
        entity(entities, body, "Zelenskyy", ZELENSKYY, EntityType.PERSON);
        entity(entities, body, "NATO", NATO, EntityType.ORGANIZATION);
        entity(entities, body, "Ukraine", UKRAINE, EntityType.PLACE);
        entity(entities, body, "Trump", TRUMP, EntityType.PERSON);
        return new Article(id, "articles/" + id + ".txt", title, body, "https://example.org/" + id, outlet, bias,
                date == null ? null : PublicationDate.parseIso(date).orElseThrow(), List.of("A. Reporter"), entities,
                "hash-" + id, null);
    }

    private static void entity(List<ArticleEntity> entities, String body, String surface, String name, EntityType type) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = body.indexOf(surface); at >= 0; at = body.indexOf(surface, at + 1)) {
            mentions.add(new Mention(Fields.BODY, at, at + surface.length()));
        }
        if (!mentions.isEmpty()) {
            entities.add(new ArticleEntity(name, type, mentions));
        }
    }
}
