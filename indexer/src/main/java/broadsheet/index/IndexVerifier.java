package broadsheet.index;

import broadsheet.corpus.ArticleFiles;
import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.corpus.IoReason;
import broadsheet.corpus.PrintedText;
import broadsheet.knowledge.CorpusKnowledge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FSLockFactory;
import org.apache.lucene.store.LockFactory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;

/**
 * Checks that the index is sound (Lucene's CheckIndex) and that it matches the corpus: every file is indexed in
 * its current version, reported as skipped or named in the ignore file, and no entry outlives its file.
 */
public final class IndexVerifier {

    private IndexVerifier() {}

    /** The problems found; none means the index is sound. */
    public static List<String> verify(Path index, Corpus corpus, CorpusKnowledge knowledge) throws IOException {
        if (!Files.isDirectory(index)) {
            // FSDirectory would create the folder: a mistyped --index must not leave one behind
            return List.of("no index at " + index + " (run: broadsheet index)");
        }
        List<String> problems = new ArrayList<>();
        try (Directory directory = FSDirectory.open(index, lockFactory(index))) {
            if (!DirectoryReader.indexExists(directory)) {
                return List.of("no index at " + index + " (run: broadsheet index)");
            }
            checkLucene(directory, problems);
            if (!problems.isEmpty()) {
                return problems;
            }
            ContentHasher hasher = new ContentHasher(knowledge.fingerprint());
            Map<String, String> indexed = IndexedFiles.hashesById(directory);
            Set<String> reported = new HashSet<>();
            CommitData.read(directory).skipped().forEach(p -> reported.add(p.path()));
            ArticleFiles listing = corpus.articleFiles();
            for (FileProblem unread : listing.skipped()) {
                if (!reported.contains(unread.path())) {
                    problems.add(unread + " (not reported by the last index run; run: broadsheet index)");
                }
            }
            Set<String> inCorpus = new HashSet<>();
            for (Path file : listing.files()) {
                String path = corpus.relativePath(file);
                String id = Corpus.idOf(path);
                inCorpus.add(id);
                String hash = indexed.get(id);
                if (hash == null) {
                    if (!reported.contains(path)) {
                        problems.add(PrintedText.of(path)
                                + ": in the corpus but neither indexed nor reported as skipped (run: broadsheet index)");
                    }
                } else {
                    String now = hashOf(corpus, file, knowledge, hasher, problems);
                    if (now != null && !now.equals(hash)) {
                        problems.add(PrintedText.of(path) + ": changed since it was indexed (run: broadsheet index)");
                    }
                }
            }
            Set<String> ignored = new HashSet<>(listing.ignored());
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (String id : indexed.keySet()) {
                    if (!inCorpus.contains(id)) {
                        String path = ArticleLookup.byId(reader, id).map(a -> a.path()).orElse("?");
                        problems.add(PrintedText.of(path) + " (id " + id + "): indexed, but "
                                + (ignored.contains(path) ? "named in " + Corpus.IGNORE : "the file is gone from the corpus")
                                + " (run: broadsheet index)");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * CheckIndex takes the write lock, so that no index run changes the index under it. Where this process may not
     * write, it could not take the lock, and it checks without: an archivist may verify an index they cannot write.
     */
    private static LockFactory lockFactory(Path index) {
        return Files.isDirectory(index) && !Files.isWritable(index) ? NoLockFactory.INSTANCE : FSLockFactory.getDefault();
    }

    /** The content hash of the file as it is now; null, with the problem noted, when it cannot be read. */
    private static String hashOf(Corpus corpus, Path file, CorpusKnowledge knowledge, ContentHasher hasher,
            List<String> problems) {
        String path = corpus.relativePath(file);
        try {
            return hasher.hash(corpus.read(file), knowledge.sources().forPath(path));
        } catch (IOException e) {
            problems.add(PrintedText.of(path + ": indexed, but cannot be read now: " + IoReason.of(e)));
            return null;
        }
    }

    private static CheckIndex openCheckIndex(Directory directory) throws IOException {
        try {
            return new CheckIndex(directory);
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException("an index run is writing this index right now; verify it when the run has finished", e);
        }
    }

    private static void checkLucene(Directory directory, List<String> problems) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (CheckIndex check = openCheckIndex(directory)) {
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = check.checkIndex();
            if (!status.clean) {
                problems.add("Lucene CheckIndex found the index damaged:\n" + log.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
