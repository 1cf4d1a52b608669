package broadsheet.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus folder: raw article files under {@code articles/} at any depth, and what the archive knows
 * about them ({@code sources.csv}, {@code outlets.csv}, {@code entities.csv}).
 */
public record Corpus(Path root) {

    public static final String ARTICLES = "articles";
    public static final String SOURCES = "sources.csv";
    public static final String OUTLETS = "outlets.csv";
    public static final String ENTITIES = "entities.csv";

    public Corpus {
        root = root.toAbsolutePath().normalize();
    }

    public Path articles() {
        return root.resolve(ARTICLES);
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    /** Every regular file under {@code articles/}, hidden files left out, in a stable order. */
    public List<Path> articleFiles() throws IOException {
        if (!Files.isDirectory(articles())) {
            throw new IOException("no articles folder at " + articles());
        }
        try (Stream<Path> files = Files.walk(articles())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
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
