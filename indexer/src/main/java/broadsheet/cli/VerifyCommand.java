package broadsheet.cli;

import broadsheet.corpus.Corpus;
import broadsheet.index.IndexVerifier;
import broadsheet.index.IndexedArchive;
import broadsheet.index.MissingIndexException;
import broadsheet.knowledge.CorpusKnowledge;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the index with Lucene's CheckIndex (on SolrCloud: every shard led, every replica active) "
                + "and against the corpus: every file indexed in its current version or reported as skipped, no entry "
                + "without its file.", "Exit 0 when sound, 1 otherwise."})
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = new Corpus(where.corpus);
        CorpusKnowledge knowledge = CorpusKnowledge.load(corpus);
        try (IndexedArchive archive = where.openArchive()) {
            List<String> problems = IndexVerifier.verify(archive, corpus, knowledge);
            if (problems.isEmpty()) {
                String name = archive.name();
                out.println(Character.toUpperCase(name.charAt(0)) + name.substring(1)
                        + " is sound and matches the corpus at " + where.corpus + ".");
                return 0;
            }
            return listed(problems, out);
        } catch (MissingIndexException e) {
            return listed(List.of(e.getMessage()), out);
        }
    }

    private static int listed(List<String> problems, PrintWriter out) {
        out.println(problems.size() + " problem(s):");
        problems.forEach(p -> out.println("  " + p));
        return 1;
    }
}
