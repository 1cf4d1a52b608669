package broadsheet.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * Where an archive lives on SolrCloud: the base URLs of some of the cluster's nodes (the client learns the rest from
 * them) and the name readers know it by, which Broadsheet keeps as an alias of the collection that holds it.
 */
public record SolrCollection(List<String> nodes, String name) {

    /** What {@code --collection} is when not given. */
    public static final String DEFAULT_NAME = "broadsheet";

    /** How long a node may take to accept a connection before it counts as down. */
    private static final Duration CONNECT = Duration.ofSeconds(5);

    public SolrCollection {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("--solr needs the base URL of at least one Solr node"
                    + " (e.g. http://127.0.0.1:8983/solr)");
        }
        nodes.forEach(SolrCollection::checkUrl);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("--collection must be letters, digits, '.', '_' and '-', starting"
                    + " with a letter or digit (was '" + name + "')");
        }
    }

    private static void checkUrl(String node) {
        try {
            URI uri = new URI(node);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(node, "not an http or https address");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--solr takes the base URLs of Solr nodes, such as"
                    + " http://127.0.0.1:8983/solr (was '" + node + "': " + e.getReason() + ")");
        }
    }

    /** The nodes, as the archivist gave them: how messages name the cluster. */
    public String cluster() {
        return "the SolrCloud at " + String.join(", ", nodes);
    }

    /**
     * A client of the cluster whose every request gives up after {@code timeout}: a node that is down or stuck is
     * an error the caller reports, not a hang.
     */
    public CloudSolrClient client(Duration timeout) {
        return new CloudSolrClient.Builder(nodes)
                .withHttpClientBuilder(new HttpJdkSolrClient.Builder()
                        // the JDK client's upgrade to HTTP/2 on a plain http connection fails now and then against
                        // Solr's Jetty ("EOF reached while reading"); HTTP/1.1 with keep-alive does not
                        .useHttp1_1(true)
                        // Its own pool has four threads, and an update takes two while it is sent: one writes the
                        // body into a pipe, one reads the pipe into the connection. Four updates at once (two index
                        // threads, two shards) took all four to write, and waited forever for a reader. A virtual
                        // thread per task is never short; idle, the executor holds no thread, so it needs no closing.
                        .withExecutor(Executors.newVirtualThreadPerTaskExecutor())
                        .withConnectionTimeout(Math.min(CONNECT.toMillis(), timeout.toMillis()), TimeUnit.MILLISECONDS)
                        .withIdleTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .withRequestTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .build();
    }
}
