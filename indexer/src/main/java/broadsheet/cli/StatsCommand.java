package broadsheet.cli;

import broadsheet.corpus.PrintedText;
import broadsheet.index.IndexStats;
import broadsheet.index.IndexedArchive;
import broadsheet.schema.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Documents, counts by bias, outlet and year, undated articles and the top entities.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions where;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        IndexStats stats;
        try (IndexedArchive archive = where.openArchive()) {
            stats = archive.stats();
        }
        if (json) {
            out.println(Json.indented(stats));
            return 0;
        }
        out.printf("%d documents, %d undated%n", stats.documents(), stats.undated());
        out.printf("%nPage furniture (set aside from ranking, passages and entities):%n"
                        + "  %d paragraphs in %d articles, %d characters (%.1f%% of the text)%n",
                stats.furniture().paragraphs(), stats.furniture().articles(), stats.furniture().characters(),
                100 * stats.furniture().share());
        section(out, "Bias", stats.bias());
        section(out, "Years", stats.years());
        section(out, "Outlets", stats.outlets());
        stats.entities().forEach((type, top) -> {
            out.printf("%nTop %s:%n", type);
            top.forEach(e -> out.printf("  %-40s %6d%n", PrintedText.of(e.name()), e.count()));
        });
        return 0;
    }

    private static void section(PrintWriter out, String title, Map<String, Integer> counts) {
        out.printf("%n%s:%n", title);
        counts.forEach((k, v) -> out.printf("  %-40s %6d%n", PrintedText.of(k), v));
    }
}
