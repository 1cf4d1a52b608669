package broadsheet.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The corpus folder: raw article files under {@code articles/} at any depth, and what the archive knows
 * about them ({@code sources.csv}, {@code outlets.csv}, {@code entities.csv}).
 */
public record Corpus(Path root) {

    public static final String ARTICLES = "articles";
    public static final String SOURCES = "sources.csv";
    public static final String OUTLETS = "outlets.csv";
    public static final String ENTITIES = "entities.csv";
    /** Gitignore-style patterns, relative to {@code articles/}, of what the index leaves out on purpose. */
    public static final String IGNORE = ".broadsheetignore";

    public Corpus {
        root = root.toAbsolutePath().normalize();
    }

    public Path articles() {
        return root.resolve(ARTICLES);
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    /**
     * Every regular file under {@code articles/} whose real path is inside the corpus, hidden files and what
     * {@value #IGNORE} names left out, in a stable order; with the entries that could not or may not be read.
     */
    public ArticleFiles articleFiles() throws IOException {
        if (!Files.isDirectory(articles())) {
            throw new IOException("no articles folder at " + articles());
        }
        return ArticleWalk.of(this, IgnoreFile.load(file(IGNORE)));
    }

    /**
     * The bytes of a file of the corpus, never of one whose real path lies outside it, however links have been
     * changed since the walk.
     */
    public byte[] read(Path file) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            throw new FileSystemException(file.toString(), null, "leads outside the corpus, to " + real);
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    /** The path relative to the corpus root with forward slashes, as sources.csv writes it. */
    public String relativePath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A short, URL-safe id that stays the same as long as the file keeps its path in the corpus. */
    public static String idOf(String relativePath) {
        return sha256(relativePath.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    public static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
