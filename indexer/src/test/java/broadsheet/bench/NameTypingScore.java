package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.CsvFiles;
import broadsheet.index.LocalIndexedArchive;
import broadsheet.index.NameSuggestions;
import broadsheet.index.NameSuggestions.Suggestion;
import broadsheet.knowledge.CorpusKnowledge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the types the linker gives the names the knowledge base lacks against a judged list (name,type; the type
 * {@code furniture} for page furniture, which must be no name at all): of the N most-mentioned unknown names of an
 * index, how many have the judged type, and which furniture is still taken for a name.
 *
 * <p>Usage: {@code bench/run indexer broadsheet.bench.NameTypingScore INDEX_DIR CORPUS_DIR JUDGED_CSV [N]}, e.g. with
 * bench/judged/frequent-names.csv, the 150 most-mentioned names of the Article-Bias-Prediction dataset judged by hand.
 */
public final class NameTypingScore {

    private static final String FURNITURE = "furniture";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: NameTypingScore INDEX_DIR CORPUS_DIR JUDGED_CSV [N]");
            System.exit(2);
        }
        int most = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        Map<String, String> judged = new HashMap<>();
        Path judgedFile = Path.of(args[2]);
        CsvFiles.read(judgedFile, "name", "type").forEach(row -> judged.put(row.get("name"), row.get("type")));
        List<Suggestion> suggestions;
        try (LocalIndexedArchive archive = LocalIndexedArchive.open(Path.of(args[0]))) {
            suggestions = NameSuggestions.of(archive, CorpusKnowledge.load(new Corpus(Path.of(args[1]))).entities(), 1);
        }
        List<Suggestion> top = suggestions.subList(0, Math.min(most, suggestions.size()));
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (Suggestion name : top) {
            String type = judged.get(name.name());
            if (type == null) {
                unjudged.add(name.name());
            } else if (type.equals(name.type())) {
                right++;
            } else {
                wrong.add("%s: %s, judged %s".formatted(name.name(), name.type(), type));
            }
        }
        List<String> furniture = suggestions.stream().map(Suggestion::name)
                .filter(name -> FURNITURE.equals(judged.get(name))).toList();
        int scored = top.size() - unjudged.size();
        System.out.printf("top %d unknown names: %d of %d judged ones typed as judged (%.3f)%n", top.size(), right,
                scored, (double) right / scored);
        System.out.println("page furniture still taken for a name: " + furniture);
        System.out.println("not judged yet: " + unjudged);
        wrong.forEach(line -> System.out.println("  wrong: " + line));
    }
}
