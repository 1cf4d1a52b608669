package broadsheet.solrcluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud for Broadsheet's tests: Solr nodes and an embedded ZooKeeper on 127.0.0.1, with one configset
 * uploaded. It runs in a JVM of its own because Solr 9 needs its own Lucene and Jetty, not Broadsheet's.
 *
 * <p>When the nodes are up it prints one line, {@code SOLR_NODES http://127.0.0.1:PORT/solr,...}, and then runs until
 * its standard input closes (the JVM that started it closed it, or died) or it gets SIGTERM; either way it shuts the
 * cluster down and deletes its files.
 *
 * <p>Meanwhile it takes commands on standard input, one a line, each answered by one line on standard output, so that
 * a test can take a node away and bring it back: {@code stop N} stops node N (from 0, in the order of the nodes line)
 * and answers {@code stopped N}; {@code start N} starts it again on the same port, waits until it is up, and answers
 * {@code started N}; anything else, or a command that fails, is answered {@code error WHY}.
 *
 * <p>Usage: {@code TestCluster CONF_DIR [NODES]}: the {@code conf} folder of a configset, uploaded under the name of
 * the folder that holds it; two nodes unless NODES says otherwise.
 */
public final class TestCluster {

    /** What the line with the nodes' base URLs starts with: SolrTestCluster, in the indexer's tests, waits for it. */
    private static final String NODES_LINE = "SOLR_NODES ";

    private TestCluster() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: TestCluster CONF_DIR [NODES]");
            System.exit(2);
        }
        Path conf = Path.of(args[0]).toAbsolutePath().normalize();
        int nodes = args.length == 2 ? Integer.parseInt(args[1]) : 2;
        if (!Files.isRegularFile(conf.resolve("solrconfig.xml"))) {
            System.err.println("TestCluster: " + conf + " is not a configset's conf folder (it has no solrconfig.xml)");
            System.exit(2);
        }
        Path baseDir = Files.createTempDirectory("broadsheet-solr-cluster");
        // Solr reports a missing log folder as an error at every start; its logging goes to standard error anyway
        System.setProperty("solr.log.dir", baseDir.resolve("logs").toString());
        // on, as on a production node, where the test framework's solr.xml turns them off: benchmarks read them
        System.setProperty("metricsEnabled", "true");
        AtomicReference<MiniSolrCloudCluster> running = new AtomicReference<>();
        // registered before the cluster starts, so that a SIGTERM during the start still removes what was made
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running.getAndSet(null), baseDir), "cluster-stop"));

        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, baseDir)
                .addConfig(conf.getParent().getFileName().toString(), conf)
                .configure();
        running.set(cluster);
        System.out.println(NODES_LINE + cluster.getJettySolrRunners().stream()
                .map(JettySolrRunner::getBaseUrl)
                .map(Object::toString)
                .collect(Collectors.joining(",")));
        System.out.flush();

        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
            System.out.println(answer(cluster, command.strip()));
            System.out.flush();
        }
        System.exit(0); // standard input ended: the shutdown hook stops the cluster
    }

    /** Carries out one command of standard input; the line to answer it with. */
    private static String answer(MiniSolrCloudCluster cluster, String command) {
        String[] words = command.split("\\s+");
        if (words.length != 2 || !words[1].matches("\\d+") || !(words[0].equals("stop") || words[0].equals("start"))) {
            return "error commands are 'stop N' and 'start N' (was '" + command + "')";
        }
        int node = Integer.parseInt(words[1]);
        List<JettySolrRunner> nodes = cluster.getJettySolrRunners();
        if (node >= nodes.size()) {
            return "error there is no node " + node + " of " + nodes.size();
        }
        try {
            JettySolrRunner jetty = nodes.get(node);
            if (words[0].equals("stop")) {
                try {
                    jetty.stop();
                } catch (java.util.concurrent.TimeoutException e) {
                    // Jetty's graceful stop can outlast its own wait on a busy machine; the node is going all the same
                    for (int waited = 0; jetty.isRunning() && waited < 60; waited++) {
                        Thread.sleep(500);
                    }
                    if (jetty.isRunning()) {
                        throw e;
                    }
                }
                return "stopped " + node;
            }
            jetty.start(); // on the port it had: the collection's replicas there come back with it
            cluster.waitForNode(jetty, 60);
            return "started " + node;
        } catch (Exception e) {
            return "error " + words[0] + " " + node + " failed: " + e;
        }
    }

    private static void stop(MiniSolrCloudCluster cluster, Path baseDir) {
        try {
            if (cluster != null) {
                cluster.shutdown();
            }
        } catch (Exception e) {
            System.err.println("TestCluster: the cluster did not shut down cleanly: " + e);
        } finally {
            deleteTree(baseDir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("TestCluster: could not delete " + dir + ": " + e);
        }
    }
}
