package broadsheet.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.cli.Broadsheet;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An index run in a JVM of its own, killed hard (kill -9) while it is busy: what a crash does to it. */
public final class KilledIndexRun {

    /** What a test checks while the run is still going. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    private KilledIndexRun() {}

    /**
     * Starts {@code broadsheet index ARGUMENTS} with this JVM's class path, waits until it has walked the corpus and
     * is indexing, runs {@code whileAlive} (checks of what the run is doing), then kills it.
     */
    public static void killMidway(List<String> arguments, Check whileAlive) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Broadsheet.class.getName(), "index"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.startsWith("indexing ")) {
                // wait until it has walked the corpus and started writing
            }
            Thread.sleep(1500);
            assertTrue(process.isAlive(), "the run finished before it could be killed; make the corpus larger");
            whileAlive.run();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
    }
}
