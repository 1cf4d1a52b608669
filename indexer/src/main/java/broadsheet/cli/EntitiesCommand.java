package broadsheet.cli;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.PrintedText;
import broadsheet.index.IndexedArchive;
import broadsheet.index.NameSuggestions;
import broadsheet.index.NameSuggestions.Suggestion;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Names the index holds that corpus/entities.csv does not know, to grow the knowledge base.")
public final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions where;

    @Option(names = "--suggest", required = true,
            description = "List the unknown names, most mentioned first, with an example sentence.")
    boolean suggest;

    @Option(names = "--min", paramLabel = "N", defaultValue = "3",
            description = "Only names mentioned at least N times (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (min < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min must be at least 1");
        }
        KnowledgeBase knowledgeBase = CorpusKnowledge.load(new Corpus(where.corpus)).entities();
        List<Suggestion> suggestions;
        try (IndexedArchive archive = where.openArchive()) {
            suggestions = NameSuggestions.of(archive, knowledgeBase, min);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.indented(suggestions));
            return 0;
        }
        out.printf("%d names mentioned at least %d times are not in %s:%n", suggestions.size(), min, Corpus.ENTITIES);
        for (Suggestion s : suggestions) {
            out.printf("%6d  %-36s %-12s %s%n", s.mentions(), PrintedText.of(s.name()), s.type(),
                    PrintedText.of(s.example()));
        }
        return 0;
    }
}
