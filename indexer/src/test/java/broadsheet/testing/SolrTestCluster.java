package broadsheet.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real SolrCloud on 127.0.0.1: solr-cluster's {@code TestCluster} (Solr nodes, an embedded ZooKeeper, Broadsheet's
 * configset uploaded), run as a JVM of its own because Solr 9 needs its own Lucene and Jetty. Tests get the one of
 * their run from {@link SolrCloudExtension}; a benchmark program can start its own.
 *
 * <p>{@link #close} stops it whatever state it is in: standard input closed (TestCluster shuts the cluster down and
 * deletes its files), then SIGTERM, then SIGKILL. A JVM that exits without closing it still stops it (a shutdown
 * hook), and one that is killed closes its end of the pipe, which TestCluster takes as the same signal.
 *
 * <p>{@link #stopNode} and {@link #startNode} take a node away and bring it back on the same port (TestCluster's
 * commands on its standard input), for tests of what readers see while a node is down.
 */
public final class SolrTestCluster implements AutoCloseable {

    /** Broadsheet's configset in the repository, from a module's folder (where the tests run). */
    public static final Path CONFIGSET = Path.of("..", "solr", "configsets", "broadsheet", "conf");
    /** The name TestCluster uploads {@link #CONFIGSET} under: the name of the folder that holds it. */
    public static final String CONFIGSET_NAME = CONFIGSET.getParent().getFileName().toString();

    /** The java options solr-cluster's build writes: its classpath, apart from Broadsheet's. */
    private static final Path JAVA_ARGS = Path.of("..", "solr-cluster", "target", "java.args");
    private static final String MAIN = "broadsheet.solrcluster.TestCluster";
    /** TestCluster's one line on standard output. */
    private static final String NODES_LINE = "SOLR_NODES ";
    /** Ample for the tests' collections, and a shared two-core machine is not given Solr's default quarter of RAM. */
    private static final String HEAP = "-Xmx1g";
    /** Two nodes start in 5 to 15 s here; the rest is for a machine busy with other builds. */
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration STOP = Duration.ofSeconds(30);
    private static final int LOG_LINES_SHOWN = 40;

    /** Starting a node waits for it to be up, which takes longer than starting the cluster takes per node. */
    private static final Duration COMMAND = Duration.ofSeconds(120);

    private final Process process;
    private final BufferedReader answers;
    private final List<String> nodes;
    private final Thread stopAtExit = new Thread(this::stop, "solr-test-cluster-stop");

    private SolrTestCluster(Process process, BufferedReader answers, List<String> nodes) {
        this.process = process;
        this.answers = answers;
        this.nodes = nodes;
    }

    /** Starts a cluster of {@code nodeCount} nodes and waits for them; its log is {@code log}. */
    public static SolrTestCluster start(int nodeCount, Path log) throws IOException {
        if (!Files.isRegularFile(JAVA_ARGS)) {
            throw new IllegalStateException("there is no " + JAVA_ARGS.toAbsolutePath().normalize()
                    + ": the test SolrCloud is built by the solr-cluster module; build from the project's root"
                    + " (mvn verify), or with -am");
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        HEAP,
                        "@" + JAVA_ARGS.toAbsolutePath().normalize(),
                        MAIN,
                        CONFIGSET.toAbsolutePath().normalize().toString(),
                        Integer.toString(nodeCount))
                .redirectError(log.toFile())
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            SolrTestCluster cluster = new SolrTestCluster(process, out, awaitNodes(out, log));
            Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
            return cluster;
        } catch (RuntimeException | Error e) {
            stop(process);
            throw e;
        }
    }

    /** The nodes' base URLs, {@code http://127.0.0.1:PORT/solr}. */
    public List<String> nodes() {
        return nodes;
    }

    /** Stops node {@code node} (from 0, in the order of {@link #nodes()}); its replicas are gone until it starts. */
    public void stopNode(int node) {
        command("stop " + node, "stopped " + node);
    }

    /** Starts node {@code node} again on its port, and waits until it is up. */
    public void startNode(int node) {
        command("start " + node, "started " + node);
    }

    private synchronized void command(String command, String answer) {
        try {
            process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            String line = CompletableFuture.supplyAsync(this::answer).get(COMMAND.toSeconds(), TimeUnit.SECONDS);
            if (!answer.equals(line)) {
                throw new IllegalStateException("the test SolrCloud answered '" + command + "' with: " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the test SolrCloud is gone", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the test SolrCloud did not answer '" + command + "': " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the test SolrCloud did '" + command + "'");
        }
    }

    private String answer() {
        try {
            return answers.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or has run
        }
    }

    private void stop() {
        stop(process);
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        } catch (IOException e) {
            process.destroyForcibly(); // the pipe is broken: the process is gone or going
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Reads standard output up to TestCluster's line, in the background so that the wait can be bounded. */
    private static List<String> awaitNodes(BufferedReader out, Path log) {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> nodesLine(out));
        try {
            return Arrays.asList(line.get(START.toSeconds(), TimeUnit.SECONDS).substring(NODES_LINE.length()).split(","));
        } catch (TimeoutException e) {
            throw failure("did not start within " + START.toSeconds() + " s", log);
        } catch (ExecutionException e) {
            throw failure("stopped before its nodes were up (" + e.getCause().getMessage() + ")", log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted while starting", log);
        }
    }

    private static String nodesLine(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(NODES_LINE)) {
                    return line; // what follows answers commands
                }
            }
            throw new IllegalStateException("its standard output ended");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalStateException failure(String what, Path log) {
        return new IllegalStateException("the test SolrCloud " + what + "; the end of its log, "
                + log.toAbsolutePath().normalize() + ":\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
