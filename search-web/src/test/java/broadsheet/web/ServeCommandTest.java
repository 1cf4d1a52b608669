package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.Main;
import broadsheet.testing.CommandRun;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} fails at once, in one line that says why, before it indexes anything. */
class ServeCommandTest {

    @TempDir
    Path dir;

    /** {@code broadsheet serve ARGS} in this JVM. */
    static CommandRun serve(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "serve";
        System.arraycopy(args, 0, command, 1, args.length);
        return CommandRun.of(Main.commandLine(), command);
    }

    @Test
    void aBusyPortIsNamedBeforeAnyIndexingWithAFreeOneToTry() throws Exception {
        Path index = dir.resolve("index");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            CommandRun run = serve("--port", Integer.toString(port), "--host", "127.0.0.1",
                    "--corpus", dir.resolve("corpus").toString(), "--index", index.toString());
            assertEquals(1, run.exit(), run.toString());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("broadsheet serve: port " + port + " is in use; try --port "), run.err());
            int suggested = Integer.parseInt(run.err().strip().replaceAll(".*--port ", ""));
            assertTrue(suggested > port, run.err());
            assertTrue(run.out().isEmpty(), run.out());
        }
        assertFalse(Files.exists(index), "nothing was indexed");
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorNamingTheOption() {
        for (String port : new String[] {"99999", "-1"}) {
            CommandRun run = serve("--port", port, "--index", dir.resolve("index").toString());
            assertEquals(2, run.exit(), run.toString());
            assertEquals(List.of("broadsheet serve: --port must be between 1 and 65535, or 0 for any free port (was " + port + ")",
                    "Try 'broadsheet serve --help'."), run.err().lines().toList());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        }
        assertFalse(Files.exists(dir.resolve("index")), "nothing was indexed");
    }

    @Test
    void anAddressThatIsNotThisMachinesIsNamed() {
        CommandRun run = serve("--host", "192.0.2.1", "--index", dir.resolve("index").toString());
        assertEquals(1, run.exit(), run.toString());
        assertEquals("broadsheet serve: cannot listen on 192.0.2.1: it is not an address of this machine", run.err().strip());
    }
}
