package broadsheet.corpus;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks {@code articles/}, following symbolic links, and sorts what it meets into files to read, entries to report
 * as skipped and entries the ignore file leaves out. A link is followed only where its real path stays inside the
 * corpus: a link to {@code /etc/passwd} is reported, never read. A folder that cannot be opened is reported and the
 * walk goes on. Hidden files are passed over.
 */
final class ArticleWalk extends SimpleFileVisitor<Path> {

    private final Corpus corpus;
    private final Path realRoot;
    private final IgnoreFile ignore;
    private final List<Path> files = new ArrayList<>();
    private final List<FileProblem> skipped = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();

    private ArticleWalk(Corpus corpus, IgnoreFile ignore) throws IOException {
        this.corpus = corpus;
        this.realRoot = corpus.root().toRealPath();
        this.ignore = ignore;
    }

    static ArticleFiles of(Corpus corpus, IgnoreFile ignore) throws IOException {
        ArticleWalk walk = new ArticleWalk(corpus, ignore);
        Files.walkFileTree(corpus.articles(), EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        walk.files.sort(null);
        return new ArticleFiles(walk.files, walk.skipped, walk.ignored);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(corpus.articles())) {
            return FileVisitResult.CONTINUE;
        }
        if (isIgnored(dir, true)) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        if (leadsOutside(dir, "folder")) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (file.getFileName().toString().startsWith(".") || isIgnored(file, false)) {
            return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
            // the walk could not follow it
            skip(file, brokenLink(file));
        } else if (!leadsOutside(file, "file")) {
            if (attrs.isRegularFile()) {
                files.add(file);
            } else {
                skip(file, "not a regular file (a device, a pipe or a socket); not read");
            }
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException failure) {
        if (!isIgnored(file, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))) {
            skip(file, failure instanceof FileSystemLoopException
                    ? "a link to a folder that contains it (a link loop); not followed"
                    : cannotRead(failure), failure.toString());
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
        if (failure != null) {
            skip(dir, "could not be read to the end: " + cannotRead(failure), failure.toString());
        }
        return FileVisitResult.CONTINUE;
    }

    private boolean isIgnored(Path path, boolean folder) {
        String underArticles = corpus.articles().relativize(path).toString().replace('\\', '/');
        if (ignore.ignores(underArticles, folder)) {
            ignored.add(corpus.relativePath(path));
            return true;
        }
        return false;
    }

    /** Reports a file or folder whose real path is outside the corpus (or cannot be worked out) and says so. */
    private boolean leadsOutside(Path path, String kind) {
        try {
            Path real = path.toRealPath();
            if (real.startsWith(realRoot)) {
                return false;
            }
            skip(path, "a link to a " + kind + " outside the corpus (" + real + "); not read");
        } catch (IOException e) {
            skip(path, cannotRead(e), e.toString());
        }
        return true;
    }

    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "a link that cannot be followed";
        } catch (NoSuchFileException e) {
            return "a link to nothing: " + target(link) + " does not exist";
        } catch (IOException e) {
            return isLoop(link) ? "a link that leads round in a circle (a link loop)" : cannotRead(e);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "what it points to";
        }
    }

    /** Whether following the link from link to link comes back to one already passed. */
    private static boolean isLoop(Path link) {
        Set<Path> passed = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!passed.add(at)) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static String cannotRead(IOException failure) {
        return "cannot be read: " + IoReason.withoutFile(failure);
    }

    private void skip(Path path, String reason) {
        skip(path, reason, null);
    }

    private void skip(Path path, String reason, String detail) {
        skipped.add(new FileProblem(corpus.relativePath(path), reason, detail));
    }
}
