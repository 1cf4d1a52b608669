package broadsheet.knowledge;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.OutletRatings;
import broadsheet.corpus.Sources;
import broadsheet.schema.ArticleSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the archive knows beside its articles, read once per command and shared by indexing and searching:
 * sources.csv, outlets.csv, entities.csv, and the fingerprint of the corpus-wide inputs. An article's content
 * hash includes the fingerprint, so a change to outlets.csv, entities.csv or the schema reindexes every article.
 * The fingerprint is made from the very bytes that were parsed.
 */
public record CorpusKnowledge(Sources sources, OutletRatings outlets, KnowledgeBase entities, String fingerprint) {

    /** A corpus with no CSV files at all. */
    public static CorpusKnowledge none() {
        return new CorpusKnowledge(Sources.none(), OutletRatings.none(), KnowledgeBase.empty(),
                fingerprintOf(new byte[0], new byte[0]));
    }

    /** @throws IOException when one of the files cannot be read or is wrong, naming the file and line */
    public static CorpusKnowledge load(Corpus corpus) throws IOException {
        Path outletsFile = corpus.file(Corpus.OUTLETS);
        Path entitiesFile = corpus.file(Corpus.ENTITIES);
        byte[] outlets = readIfPresent(outletsFile);
        byte[] entities = readIfPresent(entitiesFile);
        return new CorpusKnowledge(Sources.load(corpus.file(Corpus.SOURCES)),
                outlets == null ? OutletRatings.none() : OutletRatings.parse(outletsFile, outlets),
                entities == null ? KnowledgeBase.empty() : KnowledgeBase.parse(entitiesFile, entities),
                fingerprintOf(orEmpty(outlets), orEmpty(entities)));
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    private static byte[] orEmpty(byte[] content) {
        return content == null ? new byte[0] : content;
    }

    private static String fingerprintOf(byte[] outlets, byte[] entities) {
        return Corpus.sha256(ArticleSchema.VERSION.getBytes(StandardCharsets.UTF_8), outlets, entities);
    }
}
