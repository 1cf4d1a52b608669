package broadsheet.enrich;

import broadsheet.corpus.Corpus;
import java.io.IOException;
import java.util.List;

/** The enrichment stages an index run applies, in order, set up from what the corpus knows. */
public final class Enrichments {

    private Enrichments() {}

    public static List<Enrichment> forCorpus(Corpus corpus) throws IOException {
        return List.of();
    }
}
