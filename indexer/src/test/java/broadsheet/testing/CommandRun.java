package broadsheet.testing;

import broadsheet.cli.Broadsheet;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of Broadsheet's command line in this JVM: its exit code and what it printed. */
public record CommandRun(int exit, String out, String err) {

    public static CommandRun of(String... args) {
        return of(Broadsheet.commandLine(), args);
    }

    /** A run of {@code commandLine}: the indexer's, or one that adds commands to it (search-web's serve). */
    public static CommandRun of(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
