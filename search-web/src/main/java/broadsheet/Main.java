package broadsheet;

import broadsheet.cli.Broadsheet;
import broadsheet.web.ServeCommand;
import picocli.CommandLine;

/** The {@code broadsheet} command line: the indexer's commands and {@code serve}. */
public final class Main {

    private Main() {}

    public static CommandLine commandLine() {
        return Broadsheet.commandLine().addSubcommand("serve", new ServeCommand());
    }

    /** Exits with the command's code; {@code serve} returns only when the server has stopped. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
