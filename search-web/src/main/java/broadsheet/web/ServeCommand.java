package broadsheet.web;

import broadsheet.cli.CorpusOptions;
import broadsheet.cli.IndexCommand;
import broadsheet.corpus.Corpus;
import broadsheet.index.IndexRequest;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.index.SolrCollection;
import broadsheet.search.Archive;
import broadsheet.search.LiveIndex;
import broadsheet.search.LocalArchive;
import broadsheet.search.MissingCollectionException;
import broadsheet.search.SolrArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app; indexes the corpus first if there is no index yet.",
                "With --solr, serves the collection on SolrCloud, which 'index --solr' must have filled.",
                "A rebuilt or updated index is picked up within a few seconds, with no restart."})
public final class ServeCommand implements Callable<Integer> {

    /** How often the server looks for a newer index commit. */
    static final Duration REFRESH = Duration.ofSeconds(1);
    /** How many ports after a busy one are tried for a free one to suggest. */
    static final int PORTS_TO_SUGGEST_FROM = 100;

    @Mixin
    CorpusOptions where;

    @Option(names = "--port", defaultValue = "4567",
            description = "Port: 1 to 65535, or 0 for any free one, which the 'serving' line names (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(),
                    "--port must be between 1 and 65535, or 0 for any free port (was " + port + ")");
        }
        checkCanListen(); // before indexing, which may take a while: Jetty would only fail after it
        PrintWriter out = spec.commandLine().getOut();
        CorpusKnowledge knowledge = CorpusKnowledge.load(new Corpus(where.corpus));
        try (Archive archive = open(knowledge, out); WebServer server = WebServer.start(archive, host, port)) {
            // Serves until the JVM is told to stop (Ctrl-C, kill): the hook closes the server, and serve returns.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "serve-stop"));
            out.printf("Broadsheet is serving http://%s:%d/%n", host, server.port());
            out.flush();
            server.awaitClose();
        }
        return 0;
    }

    /**
     * The archive to serve: the SolrCloud collection with {@code --solr}, which must have been indexed; else the
     * local index, indexed first if there is none yet.
     */
    private Archive open(CorpusKnowledge knowledge, PrintWriter out) throws IOException {
        Optional<SolrCollection> solr = where.solrCollection();
        if (solr.isPresent()) {
            try {
                return new SolrArchive(solr.get(), knowledge.entities());
            } catch (MissingCollectionException e) {
                throw new IOException(e.getMessage() + "; index the corpus into it first: broadsheet index --solr "
                        + String.join(",", solr.get().nodes()) + " --collection " + solr.get().name(), e);
            }
        }
        if (!indexExists()) {
            out.println("No index at " + where.index + " yet: indexing " + where.corpus + " first.");
            out.flush();
            IndexCommand.printSummary(
                    IndexCommand.run(IndexRequest.defaults(where.corpus, where.index), knowledge, IndexCommand.progress()), out);
        }
        return new LocalArchive(new LiveIndex(where.index, REFRESH), knowledge.entities());
    }

    /** Fails, saying why, when the server could not listen on the host and port. */
    private void checkCanListen() throws IOException {
        if (!canListen(host, 0)) {
            throw new IOException("cannot listen on " + host + ": it is not an address of this machine");
        }
        if (port != 0 && !canListen(host, port)) {
            String free = IntStream.rangeClosed(port + 1, Math.min(65535, port + PORTS_TO_SUGGEST_FROM))
                    .filter(p -> canListen(host, p)).mapToObj(p -> "; try --port " + p).findFirst().orElse("");
            throw new IOException("port " + port + " is in use" + free);
        }
    }

    private static boolean canListen(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty does: a port whose last connections are closing is free
            probe.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
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
