package broadsheet.search;

import broadsheet.cli.IndexCommand;
import broadsheet.corpus.Corpus;
import broadsheet.index.IndexRequest;
import broadsheet.index.Progress;
import broadsheet.index.SolrCollection;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.SolrDocuments;
import broadsheet.testing.SolrTestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/**
 * Archives on the test SolrCloud with the very same articles as a local index: each article read back from the local
 * index and written to a two-shard collection, committed. The bundled corpus in both engines is made once per test
 * run, for every test class that compares them.
 */
public final class SolrArchives {

    public static final Path CORPUS = Path.of("..", "corpus");
    /** Ample for creating a collection on a busy two-core machine. */
    private static final Duration ADMIN = Duration.ofSeconds(120);
    private static final String BUNDLED = "bundled_corpus";

    /** The bundled corpus, in a local index and in a collection: the two archives a parity test compares. */
    public record BundledCorpus(Path index, SolrCollection collection, KnowledgeBase knowledgeBase) {}

    private static BundledCorpus bundled;

    private SolrArchives() {}

    /** The bundled corpus indexed locally, and its articles in the collection {@value #BUNDLED}; made on first use. */
    public static synchronized BundledCorpus bundledCorpus(SolrTestCluster cluster) throws IOException {
        if (bundled == null) {
            Path index = Files.createTempDirectory("broadsheet-parity").resolve("index");
            CorpusKnowledge knowledge = CorpusKnowledge.load(new Corpus(CORPUS));
            IndexCommand.run(IndexRequest.defaults(CORPUS, index), knowledge, Progress.SILENT);
            SolrCollection collection = new SolrCollection(cluster.nodes(), BUNDLED);
            create(collection, readBack(index));
            bundled = new BundledCorpus(index, collection, knowledge.entities());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    TestArchive.delete(index.getParent());
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }));
        }
        return bundled;
    }

    /** Every article of a local index, as {@link ArticleSchema#fromDocument} reads it back. */
    public static List<Article> readBack(Path index) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                articles.add(ArticleSchema.fromDocument(stored.document(doc)));
            }
        }
        return articles;
    }

    /** Creates the collection (two shards, one replica each) with these articles, committed. */
    public static void create(SolrCollection collection, List<Article> articles) throws IOException {
        try (CloudSolrClient client = collection.client(ADMIN)) {
            CollectionAdminRequest.createCollection(collection.name(), SolrTestCluster.CONFIGSET_NAME, 2, 1)
                    .process(client);
            client.add(collection.name(), articles.stream().map(SolrDocuments::toDocument).toList());
            client.commit(collection.name());
        } catch (SolrServerException e) {
            throw new IOException("cannot create collection " + collection.name() + ": " + e, e);
        }
    }

    /** Points the alias at the collection, as an index run with --full does when it is done. */
    public static void alias(SolrCollection alias, String collection) throws IOException {
        try (CloudSolrClient client = alias.client(ADMIN)) {
            CollectionAdminRequest.createAlias(alias.name(), collection).process(client);
        } catch (SolrServerException e) {
            throw new IOException("cannot point alias " + alias.name() + " at " + collection + ": " + e, e);
        }
    }
}
