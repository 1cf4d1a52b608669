package broadsheet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tmpfs of its own, mounted for one test: for what only a real file system shows, such as a full disk or a
 * read-only one, whoever the test runs as. Mounting needs root (or CAP_SYS_ADMIN); where it is not allowed, the
 * test is skipped. Closing unmounts it.
 */
public final class SmallFileSystem implements AutoCloseable {

    private final Path mountPoint;

    private SmallFileSystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code size} (as mount writes it: 1m, 16m) at {@code mountPoint}. */
    public static SmallFileSystem mount(Path mountPoint, String size) throws Exception {
        Files.createDirectories(mountPoint);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString()),
                "cannot mount a tmpfs here (it needs root), so cannot make a small or a read-only file system");
        return new SmallFileSystem(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    /** From now on nobody may write to it, root included. */
    public void makeReadOnly() throws Exception {
        if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
            throw new IOException("could not remount " + mountPoint + " read-only");
        }
    }

    @Override
    public void close() throws Exception {
        if (!run("umount", mountPoint.toString())) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noSuchCommand) {
            return false;
        }
    }
}
