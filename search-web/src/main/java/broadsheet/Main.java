package broadsheet;

import broadsheet.cli.Broadsheet;
import broadsheet.web.ServeCommand;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The {@code broadsheet} command line: the indexer's commands and {@code serve}. */
public final class Main {

    /**
     * Lucene tells at INFO level, on every command, which vector code it uses; only its warnings are for the user.
     * Held here because the logging framework keeps loggers only weakly.
     */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static CommandLine commandLine() {
        return Broadsheet.commandLine().addSubcommand("serve", new ServeCommand());
    }

    /** Exits with the command's code; {@code serve} returns only when the server has stopped. */
    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(Level.WARNING);
        System.exit(commandLine().execute(args));
    }
}
