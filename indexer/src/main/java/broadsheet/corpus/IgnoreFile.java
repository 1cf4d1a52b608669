package broadsheet.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * {@code corpus/.broadsheetignore}: the files and folders under {@code articles/} that the archivist leaves out of
 * the index on purpose, such as files known to be bad. The patterns are gitignore's, relative to {@code articles/},
 * and are matched by JGit's implementation of them.
 */
public final class IgnoreFile {

    private final IgnoreNode rules;

    private IgnoreFile(IgnoreNode rules) {
        this.rules = rules;
    }

    /** The rules in {@code file}; none when there is no such file. */
    public static IgnoreFile load(Path file) throws IOException {
        IgnoreNode rules = new IgnoreNode();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                rules.parse(file.toString(), in);
            }
        }
        return new IgnoreFile(rules);
    }

    /**
     * Whether a path relative to {@code articles/} is left out. As in git, a walk asks about each folder before it
     * goes in, and a file in a folder that is left out cannot be let back in.
     */
    public boolean ignores(String path, boolean folder) {
        return Boolean.TRUE.equals(rules.checkIgnored(path, folder));
    }
}
