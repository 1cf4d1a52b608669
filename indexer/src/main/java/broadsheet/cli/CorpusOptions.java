package broadsheet.cli;

import broadsheet.index.SolrCollection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

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

    /** The SolrCloud collection of the index; empty when the index is the folder {@link #index}. */
    public Optional<SolrCollection> solrCollection() {
        return solr == null ? Optional.empty() : Optional.of(new SolrCollection(solr, collection));
    }
}
