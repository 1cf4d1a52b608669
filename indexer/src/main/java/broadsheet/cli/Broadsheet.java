package broadsheet.cli;

import broadsheet.corpus.IoReason;
import broadsheet.corpus.PrintedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code broadsheet} command line: the archivist's commands; the web module adds {@code serve}. */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, versionProvider = Broadsheet.Version.class,
        description = "A search engine for a news archive.",
        subcommands = {IndexCommand.class, VerifyCommand.class, StatsCommand.class, InspectCommand.class,
                EntitiesCommand.class, HelpCommand.class},
        footer = {"", "From a checkout, ./broadsheet test runs every test (with Maven)."})
public final class Broadsheet {

    public static final int FATAL = 1;
    public static final int USAGE = 2;

    /** The project's version, as the build wrote it into {@code broadsheet/version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Broadsheet " + version()};
        }

        static String version() {
            try (InputStream in = Broadsheet.class.getResourceAsStream("/broadsheet/version.properties")) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException("the build writes broadsheet/version.properties", e);
            }
        }
    }

    /**
     * The command line, with every failure reported in one line rather than a stack trace: a bad option value names
     * the option and where to read about it (exit {@value #USAGE}); a failure names what it was working on (exit
     * {@value #FATAL}).
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Broadsheet());
        commandLine.setParameterExceptionHandler((problem, args) -> {
            CommandLine command = problem.getCommandLine();
            command.getErr().println("broadsheet " + command.getCommandName() + ": " + problem.getMessage());
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            command.getErr().println("broadsheet " + command.getCommandName() + ": " + PrintedText.of(describe(failure)));
            return FATAL;
        });
        return commandLine;
    }

    /** What failed and why: an I/O failure names its file and says what is wrong with it. */
    private static String describe(Exception failure) {
        if (failure instanceof FileSystemException files && files.getFile() != null) {
            String where = files.getFile() + (files.getOtherFile() == null ? "" : " and " + files.getOtherFile());
            return where + ": " + IoReason.withoutFile(files);
        }
        return failure instanceof IOException && failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
