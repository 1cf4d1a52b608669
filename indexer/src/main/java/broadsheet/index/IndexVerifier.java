package broadsheet.index;

import broadsheet.corpus.ArticleFiles;
import broadsheet.corpus.Corpus;
import broadsheet.corpus.FileProblem;
import broadsheet.corpus.IoReason;
import broadsheet.corpus.PrintedText;
import broadsheet.extract.WebArchive;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.schema.Article;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the index is sound (on the local index, Lucene's CheckIndex; on SolrCloud, every shard led and every
 * replica active) and that it matches the corpus: every file is indexed in its current version (a web archive: every
 * article of its records), reported as skipped or named in the ignore file, and no entry outlives its file.
 */
public final class IndexVerifier {

    private IndexVerifier() {}

    /** The problems of the local index in {@code index}; none means it is sound. */
    public static List<String> verify(Path index, Corpus corpus, CorpusKnowledge knowledge) throws IOException {
        try (IndexedArchive archive = LocalIndexedArchive.open(index)) {
            return verify(archive, corpus, knowledge);
        } catch (MissingIndexException e) {
            return List.of(e.getMessage());
        }
    }

    /** The problems found; none means the index is sound. */
    public static List<String> verify(IndexedArchive archive, Corpus corpus, CorpusKnowledge knowledge)
            throws IOException {
        List<String> problems = new ArrayList<>(archive.damage());
        if (!problems.isEmpty()) {
            return problems;
        }
        ContentHasher hasher = new ContentHasher(knowledge.fingerprint());
        Map<String, String> indexed = archive.hashesById();
        Set<String> reported = new HashSet<>();
        // a damaged record is reported under its own path, and accounts for its web archive
        archive.commitData().skipped().forEach(p -> {
            reported.add(p.path());
            reported.add(Corpus.fileOf(p.path()));
        });
        Map<String, List<String>> records = IndexedFiles.recordsByFile(indexed);
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
            boolean webArchive = WebArchive.isWebArchive(path);
            List<String> hashes = webArchive
                    ? records.getOrDefault(id, List.of()).stream().map(indexed::get).distinct().toList()
                    : indexed.containsKey(id) ? List.of(indexed.get(id)) : List.of();
            if (hashes.isEmpty()) {
                if (!reported.contains(path)) {
                    problems.add(PrintedText.of(path)
                            + ": in the corpus but neither indexed nor reported as skipped (run: broadsheet index)");
                }
            } else {
                String now = webArchive ? archiveHashOf(corpus, file, hasher, problems)
                        : hashOf(corpus, file, knowledge, hasher, problems);
                if (now != null && !hashes.equals(List.of(now))) {
                    problems.add(PrintedText.of(path) + ": changed since it was indexed (run: broadsheet index)");
                }
            }
        }
        Set<String> ignored = new HashSet<>(listing.ignored());
        for (String id : indexed.keySet()) {
            if (!inCorpus.contains(Corpus.fileIdOf(id))) {
                String path = archive.byId(id).map(Article::path).orElse("?");
                problems.add(PrintedText.of(path) + " (id " + id + "): indexed, but "
                        + (ignored.contains(Corpus.fileOf(path)) ? "named in " + Corpus.IGNORE : "the file is gone from the corpus")
                        + " (run: broadsheet index)");
            }
        }
        return problems;
    }

    /** The hash of the web archive as it is now, which its articles carry; null, noted, when it cannot be read. */
    private static String archiveHashOf(Corpus corpus, Path file, ContentHasher hasher, List<String> problems) {
        try (FileChannel channel = corpus.open(file)) {
            return hasher.hashOfArchive(channel);
        } catch (IOException e) {
            problems.add(PrintedText.of(corpus.relativePath(file) + ": indexed, but cannot be read now: "
                    + IoReason.of(e)));
            return null;
        }
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
}
