package broadsheet.cli;

import java.io.Console;

/** Whether a person is watching: progress bars for a terminal, plain lines for logs and pipes. */
final class Terminal {

    private Terminal() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Console.isTerminal() exists from Java 22 on, where System.console() is never null.
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }
}
