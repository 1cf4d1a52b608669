package broadsheet.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Between the file's part of a record's id and the record's offset; never in a file's id, which is hex. */
    private static final char RECORD_MARK = '-';
    /** At most 18 digits: an offset a long holds. */
    private static final Pattern RECORD_PATH = Pattern.compile("(.+)#\\d{1,18}");

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
        try (InputStream in = Channels.newInputStream(open(file))) {
            return in.readAllBytes();
        }
    }

    /** The file opened for reading, as {@link #read} reads it: for a file too big to be read whole, a web archive. */
    public FileChannel open(Path file) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            throw new FileSystemException(file.toString(), null, "leads outside the corpus, to " + real);
        }
        return FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    /** The path relative to the corpus root with forward slashes, as sources.csv writes it. */
    public String relativePath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A short, URL-safe id that stays the same as long as the file keeps its path in the corpus. */
    public static String idOf(String relativePath) {
        return sha256(relativePath.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * The id of the article in the record at byte {@code offset} of the web archive at {@code relativePath}: the
     * file's id, a dash and the offset, so that the id says which file it comes from ({@link #fileIdOf}). It stays
     * the same as long as the file keeps its path and the record its place; records appended to the file keep theirs.
     */
    public static String idOf(String relativePath, long offset) {
        return idOf(relativePath) + RECORD_MARK + offset;
    }

    /** The id of the file an article comes from: its own id, or for a record of a web archive, the archive's. */
    public static String fileIdOf(String id) {
        int mark = id.indexOf(RECORD_MARK);
        return mark < 0 ? id : id.substring(0, mark);
    }

    /** How messages and the index name a record of a web archive: the file's path, {@code #} and the offset. */
    public static String recordPath(String relativePath, long offset) {
        return relativePath + "#" + offset;
    }

    /** The file a path {@link #recordPath} wrote names; any other path as it is. */
    public static String fileOf(String path) {
        Matcher record = RECORD_PATH.matcher(path);
        return record.matches() ? record.group(1) : path;
    }

    public static String sha256(byte[]... parts) {
        MessageDigest digest = sha256Digest();
        for (byte[] part : parts) {
            digest.update(part);
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
