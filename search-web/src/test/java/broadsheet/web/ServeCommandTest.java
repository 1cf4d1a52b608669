package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} fails at once, in one line that says why, before it indexes anything. */
class ServeCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    private static Run serve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] command = new String[args.length + 1];
        command[0] = "serve";
        System.arraycopy(args, 0, command, 1, args.length);
        return new Run(commandLine.execute(command), out.toString(), err.toString());
    }

    @Test
    void aBusyPortIsNamedBeforeAnyIndexingWithAFreeOneToTry() throws Exception {
        Path index = dir.resolve("index");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            Run run = serve("--port", Integer.toString(port), "--host", "127.0.0.1",
                    "--corpus", dir.resolve("corpus").toString(), "--index", index.toString());
            assertEquals(1, run.exitCode(), run.toString());
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
            Run run = serve("--port", port, "--index", dir.resolve("index").toString());
            assertEquals(2, run.exitCode(), run.toString());
            assertEquals(List.of("broadsheet serve: --port must be between 1 and 65535, or 0 for any free port (was " + port + ")",
                    "Try 'broadsheet serve --help'."), run.err().lines().toList());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        }
        assertFalse(Files.exists(dir.resolve("index")), "nothing was indexed");
    }

    @Test
    void anAddressThatIsNotThisMachinesIsNamed() {
        Run run = serve("--host", "192.0.2.1", "--index", dir.resolve("index").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("broadsheet serve: cannot listen on 192.0.2.1: it is not an address of this machine", run.err().strip());
    }
}
