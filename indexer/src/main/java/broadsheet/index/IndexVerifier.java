package broadsheet.index;

import broadsheet.corpus.Corpus;
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
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Checks that the index is sound (Lucene's CheckIndex) and that it matches the corpus: every file is
 * indexed in its current version or reported as skipped, and no entry outlives its file.
 */
public final class IndexVerifier {

    private IndexVerifier() {}

    /** The problems found; none means the index is sound. */
    public static List<String> verify(Path index, Corpus corpus, CorpusKnowledge knowledge) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Directory directory = FSDirectory.open(index)) {
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
            Set<String> inCorpus = new HashSet<>();
            for (Path file : corpus.articleFiles()) {
                String path = corpus.relativePath(file);
                String id = Corpus.idOf(path);
                inCorpus.add(id);
                String hash = indexed.get(id);
                if (hash == null) {
                    if (!reported.contains(path)) {
                        problems.add(path + ": in the corpus but neither indexed nor reported as skipped (run: broadsheet index)");
                    }
                } else if (!hash.equals(hasher.hash(Files.readAllBytes(file), knowledge.sources().forPath(path)))) {
                    problems.add(path + ": changed since it was indexed (run: broadsheet index)");
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (String id : indexed.keySet()) {
                    if (!inCorpus.contains(id)) {
                        String path = ArticleLookup.byId(reader, id).map(a -> a.path()).orElse("?");
                        problems.add(path + " (id " + id + "): indexed, but the file is gone from the corpus (run: broadsheet index)");
                    }
                }
            }
        }
        return problems;
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
