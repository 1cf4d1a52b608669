package broadsheet.cli;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.PrintedText;
import broadsheet.extract.WebArchive;
import broadsheet.index.IndexedArchive;
import broadsheet.schema.Article;
import broadsheet.furniture.SetAside;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.ArticleSummary;
import broadsheet.schema.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "What the index holds for one article. Exit 1 when the index has no such article.")
public final class InspectCommand implements Callable<Integer> {

    /** The contract's shape of {@code inspect --json}: an {@link ArticleSummary} with the path after the id. */
    record Inspection(String id, String path, String title, String url, String outlet, String bias, String date,
            List<String> authors, int words, List<EntitySummary> entities, List<FurnitureSummary> furniture) {

        static Inspection of(Article a) {
            ArticleSummary s = ArticleSummary.of(a);
            return new Inspection(s.id(), a.path(), s.title(), s.url(), s.outlet(), s.bias(), s.date(), a.authors(),
                    a.words(), a.entities().stream().map(EntitySummary::of).toList(),
                    a.furniture().stream().map(f -> FurnitureSummary.of(a, f)).toList());
        }
    }

    /** A set-aside paragraph and why: repeated in {@code articles} articles of the outlet or of the archive. */
    record FurnitureSummary(String text, int articles, String scope) {
        static FurnitureSummary of(Article article, SetAside paragraph) {
            return new FurnitureSummary(article.body().substring(paragraph.start(), paragraph.end()),
                    paragraph.articles(), paragraph.scope().label());
        }

        String reason() {
            return "repeated in " + articles + " articles of the " + scope;
        }
    }

    record EntitySummary(String name, String type, int mentions) {
        static EntitySummary of(ArticleEntity e) {
            return new EntitySummary(e.name(), e.type().label(), e.mentionCount());
        }
    }

    /** Enough of a set-aside paragraph to recognise it: a long one is a teaser, not worth printing whole. */
    private static final int FURNITURE_SHOWN = 160;

    @Mixin
    CorpusOptions where;

    @Parameters(paramLabel = "PATH_OR_ID", description = "A file path (as given, or relative to the corpus) or an article id.")
    String pathOrId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--verbose", description = "Also print the indexed text and, for a web page whose article was"
            + " extracted, the whole page's text.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Article> found;
        try (IndexedArchive archive = where.openArchive()) {
            found = archive.find(new Corpus(where.corpus), pathOrId);
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("broadsheet inspect: the index has no article " + PrintedText.of(pathOrId)
                    + (WebArchive.isWebArchive(pathOrId) ? " (a web archive holds many articles: give one's id, or the"
                            + " archive's path, # and the record's offset: " + PrintedText.of(pathOrId) + "#OFFSET)" : ""));
            return 1;
        }
        Inspection article = Inspection.of(found.get());
        if (json) {
            out.println(Json.indented(article));
            return 0;
        }
        // what the files said is printed escaped: a title or a path cannot forge lines of the output
        out.printf("%s%n  id:      %s%n  path:    %s%n  url:     %s%n  outlet:  %s (%s)%n  date:    %s%n"
                        + "  authors: %s%n  words:   %d%n",
                PrintedText.of(article.title()), article.id(), PrintedText.of(article.path()),
                PrintedText.of(orDash(article.url())), PrintedText.of(orDash(article.outlet())), article.bias(),
                orDash(article.date()),
                PrintedText.of(article.authors().isEmpty() ? "-" : String.join(", ", article.authors())),
                article.words());
        if (!article.entities().isEmpty()) {
            out.println("  entities:");
            article.entities().forEach(e -> out.printf("    %-32s %-13s %d%n", PrintedText.of(e.name()), e.type(),
                    e.mentions()));
        }
        if (!article.furniture().isEmpty()) {
            out.println("  set aside as page furniture:");
            article.furniture().forEach(f -> out.printf("    %s%n      (%s)%n", PrintedText.of(shortened(f.text())),
                    f.reason()));
        }
        if (verbose) {
            printText(out, "body (indexed)", found.get().rankedBody());
            printText(out, found.get().pageText() == null ? "whole page: the body is the file's whole text"
                    : "whole page (kept, not searched)", found.get().pageText());
        }
        return 0;
    }

    private static String shortened(String text) {
        return text.length() <= FURNITURE_SHOWN ? text : text.substring(0, FURNITURE_SHOWN) + "…";
    }

    /** A text line by line, each escaped: the file's text cannot forge lines of the output either. */
    private static void printText(PrintWriter out, String heading, String text) {
        out.println("  " + heading + (text == null ? "" : ":"));
        if (text != null) {
            text.lines().filter(line -> !line.isBlank()).forEach(line -> out.println("    " + PrintedText.of(line)));
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
