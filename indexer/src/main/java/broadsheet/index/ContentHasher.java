package broadsheet.index;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.SourceRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

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

    /**
     * The hash every article of a web archive carries: of the whole file, read as a stream (an archive may be far
     * bigger than memory), and of the corpus-wide inputs. sources.csv has no say in a web archive's articles.
     */
    String hashOfArchive(ReadableByteChannel file) throws IOException {
        MessageDigest digest = Corpus.sha256Digest();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        while (file.read(buffer) >= 0) {
            digest.update(buffer.flip());
            buffer.clear();
        }
        return Corpus.sha256(digest.digest(), fingerprint);
    }
}
