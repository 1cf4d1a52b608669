package broadsheet.cli;

import broadsheet.index.IndexedArchive;
import broadsheet.index.LocalIndexedArchive;
import broadsheet.index.SolrCollection;
import broadsheet.index.SolrIndexedArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the corpus and the index are; every command takes these. The index is a folder unless {@code --solr} names a
 * SolrCloud, where it is the collection {@code --collection}.
 */
public final class CorpusOptions {

    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    public Path corpus;

    @Option(names = "--index", defaultValue = "data/index", paramLabel = "DIR",
            description = "The index folder (default: ${DEFAULT-VALUE}).")
    public Path index;

    @Option(names = "--solr", split = ",", paramLabel = "URL",
            description = "Keep the index on this SolrCloud instead of in --index: the base URLs of one or more of its "
                    + "nodes, comma-separated (e.g. http://127.0.0.1:8983/solr).")
    public List<String> solr;

    @Option(names = "--collection", defaultValue = SolrCollection.DEFAULT_NAME, paramLabel = "NAME",
            description = "With --solr: the collection (an alias Broadsheet keeps) that holds the index "
                    + "(default: ${DEFAULT-VALUE}).")
    public String collection;

    /** The command these options are part of: for its usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The SolrCloud collection of the index; empty when the index is the folder {@link #index}. A bad URL or name,
     * or {@code --index} beside {@code --solr}, is a usage error of the command.
     */
    public Optional<SolrCollection> solrCollection() {
        if (solr == null) {
            return Optional.empty();
        }
        if (command.commandLine().getParseResult().hasMatchedOption("--index")) {
            throw new ParameterException(command.commandLine(),
                    "--index and --solr cannot be used together: the index is a folder or a SolrCloud collection");
        }
        try {
            return Optional.of(new SolrCollection(solr, collection));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /** The index, to read: the folder, or the collection on the SolrCloud. */
    public IndexedArchive openArchive() throws IOException {
        Optional<SolrCollection> cloud = solrCollection();
        return cloud.isPresent() ? SolrIndexedArchive.open(cloud.get()) : LocalIndexedArchive.open(index);
    }
}
