package broadsheet.enrich;

import broadsheet.corpus.Corpus;
import broadsheet.entity.EntityLinker;
import broadsheet.entity.KnowledgeBase;
import java.io.IOException;
import java.util.List;

/** The enrichment stages an index run applies, in order, set up from what the corpus knows. */
public final class Enrichments {

    private Enrichments() {}

    /** @throws IOException when corpus/entities.csv cannot be read or is wrong, naming the line */
    public static List<Enrichment> forCorpus(Corpus corpus) throws IOException {
        return List.of(new EntityLinker(KnowledgeBase.load(corpus.file(Corpus.ENTITIES))));
    }
}
