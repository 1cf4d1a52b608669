package broadsheet.index;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.SourceRecord;
import java.nio.charset.StandardCharsets;

/**
 * The hash an indexed article carries: of the file, of its sources.csv row, and of the corpus-wide inputs
 * ({@link broadsheet.knowledge.CorpusKnowledge#fingerprint}). When any of them changes, the article is reindexed.
 */
final class ContentHasher {

    private final byte[] fingerprint;

    ContentHasher(String fingerprint) {
        this.fingerprint = fingerprint.getBytes(StandardCharsets.UTF_8);
    }

    String hash(byte[] content, SourceRecord source) {
        return Corpus.sha256(content, source.fingerprint().getBytes(StandardCharsets.UTF_8), fingerprint);
    }
}
