package broadsheet.web;

import broadsheet.cli.CorpusOptions;
import broadsheet.cli.IndexCommand;
import broadsheet.corpus.Corpus;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.search.ArchiveSearch;
import broadsheet.search.ArticlePages;
import broadsheet.search.LiveIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app; indexes the corpus first if there is no index yet.",
                "A rebuilt or updated index is picked up within a few seconds, with no restart."})
public final class ServeCommand implements Callable<Integer> {

    /** How often the server looks for a newer index commit. */
    static final Duration REFRESH = Duration.ofSeconds(1);

    @Mixin
    CorpusOptions where;

    @Option(names = "--port", defaultValue = "4567", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CorpusKnowledge knowledge = CorpusKnowledge.load(new Corpus(where.corpus));
        if (!indexExists()) {
            out.println("No index at " + where.index + " yet: indexing " + where.corpus + " first.");
            out.flush();
            IndexCommand.printSummary(
                    IndexCommand.run(IndexRequest.defaults(where.corpus, where.index), knowledge, Progress.SILENT), out);
        }
        try (LiveIndex index = new LiveIndex(where.index, REFRESH);
                WebServer server = WebServer.start(new ArchiveSearch(index, knowledge.entities()),
                        new ArticlePages(index, knowledge.entities()), host, port)) {
            // Serves until the JVM is told to stop (Ctrl-C, kill): the hook closes the server, and serve returns.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "serve-stop"));
            out.printf("Broadsheet is serving http://%s:%d/%n", host, server.port());
            out.flush();
            server.awaitClose();
        }
        return 0;
    }

    private boolean indexExists() throws IOException {
        if (!Files.isDirectory(where.index)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(where.index)) {
            return DirectoryReader.indexExists(directory);
        }
    }
}
