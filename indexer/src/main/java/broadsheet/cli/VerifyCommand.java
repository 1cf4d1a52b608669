package broadsheet.cli;

import broadsheet.corpus.Corpus;
import broadsheet.index.IndexVerifier;
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
        description = {"Check the index with Lucene's CheckIndex and against the corpus: every file indexed in "
                + "its current version or reported as skipped, no entry without its file.", "Exit 0 when sound, 1 otherwise."})
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = new Corpus(where.corpus);
        List<String> problems = IndexVerifier.verify(where.index, corpus, CorpusKnowledge.load(corpus));
        if (problems.isEmpty()) {
            out.println("The index at " + where.index + " is sound and matches the corpus at " + where.corpus + ".");
            return 0;
        }
        out.println(problems.size() + " problem(s):");
        problems.forEach(p -> out.println("  " + p));
        return 1;
    }
}
