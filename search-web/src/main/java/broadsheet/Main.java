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

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0 || !ServeCommand.serving()) {
            System.exit(exit);
        }
    }
}
