package broadsheet.index;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.SourceRecord;
import broadsheet.schema.ArticleSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hash an indexed article carries: of the file, of its sources.csv row, and of the corpus-wide inputs
 * (outlets.csv, entities.csv, the schema version). When any of them changes, the article is reindexed.
 */
final class ContentHasher {

    private final byte[] fingerprint;

    ContentHasher(Corpus corpus) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        parts.add(ArticleSchema.VERSION.getBytes(StandardCharsets.UTF_8));
        for (String name : List.of(Corpus.OUTLETS, Corpus.ENTITIES)) {
            Path file = corpus.file(name);
            parts.add(Files.exists(file) ? Files.readAllBytes(file) : new byte[0]);
        }
        this.fingerprint = Corpus.sha256(parts.toArray(byte[][]::new)).getBytes(StandardCharsets.UTF_8);
    }

    String fingerprint() {
        return new String(fingerprint, StandardCharsets.UTF_8);
    }

    String hash(byte[] content, SourceRecord source) {
        return Corpus.sha256(content, source.fingerprint().getBytes(StandardCharsets.UTF_8), fingerprint);
    }
}
