package broadsheet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corpus and the index are; every command takes these. */
public final class CorpusOptions {

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    public Path corpus;

    @Option(names = "--index", defaultValue = "data/index", paramLabel = "DIR",
            description = "The index folder (default: ${DEFAULT-VALUE}).")
    public Path index;
}
