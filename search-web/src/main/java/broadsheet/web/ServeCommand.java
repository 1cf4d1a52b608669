package broadsheet.web;

import broadsheet.cli.CorpusOptions;
import broadsheet.cli.IndexCommand;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import spark.Service;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app; indexes the corpus first if there is no index yet.")
public final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Mixin
    CorpusOptions where;

    @Option(names = "--port", defaultValue = "4567", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Spec
    CommandSpec spec;

    public static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(where.index) || !DirectoryReader.indexExists(FSDirectory.open(where.index))) {
            out.println("No index at " + where.index + " yet: indexing " + where.corpus + " first.");
            out.flush();
            IndexCommand.printSummary(IndexCommand.run(IndexRequest.defaults(where.corpus, where.index), Progress.SILENT), out);
        }
        Service http = Service.ignite().ipAddress(host).port(port);
        http.get("/health", (req, res) -> {
            res.type("application/json");
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(where.index))) {
                return new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(Map.of("status", "ok", "documents", reader.numDocs()));
            }
        });
        http.awaitInitialization();
        serving = true;
        out.printf("Broadsheet is serving http://%s:%d/%n", host, port);
        out.flush();
        return 0;
    }
}
