package broadsheet.cli;

import broadsheet.corpus.PrintedText;
import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code broadsheet} command line: the archivist's commands; the web module adds {@code serve}. */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, version = "Broadsheet 0.1",
        description = "A search engine for a news archive.",
        subcommands = {IndexCommand.class, VerifyCommand.class, StatsCommand.class, InspectCommand.class,
                EntitiesCommand.class})
public final class Broadsheet {

    public static final int FATAL = 1;

    /** The command line, with every failure reported in one line (paths in it escaped) rather than a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Broadsheet());
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            String message = failure instanceof IOException && failure.getMessage() != null
                    ? failure.getMessage()
                    : failure.toString();
            command.getErr().println("broadsheet " + command.getCommandName() + ": " + PrintedText.of(message));
            return FATAL;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
