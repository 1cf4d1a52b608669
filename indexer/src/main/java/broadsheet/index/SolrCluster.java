package broadsheet.index;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.ZookeeperReadApi;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.InputStreamResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * A SolrCloud as Broadsheet uses it: the one place that speaks SolrJ for the indexer's commands. Every failure to
 * reach the cluster, or the cluster's refusal of a request, comes out as an {@link IOException} of one line naming
 * the nodes, what was being done and what happened. Thread-safe, as its client is.
 */
final class SolrCluster implements Closeable {

    /** Broadsheet's configset, in the jar (see the indexer's POM): the files of solr/configsets/broadsheet/conf. */
    private static final String CONFIGSET_RESOURCES = "/broadsheet/solr/conf/";
    static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml");
    /** The most documents one cursor page brings back, and the most ids one delete sends. */
    private static final int PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request to the cluster. */
    interface Call<T> {
        T run(CloudSolrClient client) throws SolrServerException, IOException;
    }

    private final SolrCollection where;
    private final CloudSolrClient client;

    SolrCluster(SolrCollection where, Duration timeout) {
        this.where = where;
        this.client = where.client(timeout);
    }

    SolrCollection where() {
        return where;
    }

    /**
     * Runs {@code call}; a failure is an IOException saying that {@code doing} failed on this cluster, and why.
     * SolrJ reports a cluster it cannot reach with plain RuntimeExceptions, so those are the cluster's too.
     */
    <T> T call(String doing, Call<T> call) throws IOException {
        try {
            return call.run(client);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failure(doing, e);
        }
    }

    private IOException failure(String doing, Exception e) {
        return new IOException(doing + " on " + where.cluster() + " failed: " + SolrFailure.reason(e), e);
    }

    /** Every alias of the cluster, with the collection (or the comma-separated collections) it stands for. */
    Map<String, String> aliases() throws IOException {
        return call("listing the aliases", c -> new CollectionAdminRequest.ListAliases().process(c).getAliases());
    }

    List<String> collections() throws IOException {
        return call("listing the collections", CollectionAdminRequest::listCollections);
    }

    /**
     * The collection that the name of {@link #where} stands for: the alias's, or the collection of that name; empty
     * when the cluster has neither.
     */
    Optional<String> resolve(Map<String, String> aliases) throws IOException {
        String name = where.name();
        if (aliases.containsKey(name)) {
            return Optional.of(aliases.get(name));
        }
        return collections().contains(name) ? Optional.of(name) : Optional.empty();
    }

    String schemaName(String collection) throws IOException {
        return call("reading the schema of " + collection,
                c -> new SchemaRequest.SchemaName().process(c, collection).getSchemaName());
    }

    /** Refuses a collection made for something else: Broadsheet reads and writes only its own schema. */
    void requireBroadsheetSchema(String collection) throws IOException {
        String schema = schemaName(collection);
        if (!ArticleSchema.SOLR_SCHEMA_NAME.equals(schema)) {
            throw new CollectionRefusedException("the collection " + collection + " on " + where.cluster()
                    + " has the schema '" + schema + "', not Broadsheet's '" + ArticleSchema.SOLR_SCHEMA_NAME
                    + "'; Broadsheet leaves it alone (choose another --collection)");
        }
    }

    /**
     * Uploads Broadsheet's configset under its schema's versioned name, unless the cluster has it: a newer schema
     * gets a configset of its own, and collections of the older one keep theirs.
     */
    void ensureConfigset() throws IOException {
        String name = ArticleSchema.SOLR_SCHEMA_NAME;
        List<String> present = call("listing the configsets",
                c -> new ConfigSetAdminRequest.List().process(c).getConfigSets());
        if (!present.contains(name)) {
            byte[] zip = configsetZip();
            call("uploading the configset " + name, c -> new ConfigSetAdminRequest.Upload()
                    .setConfigSetName(name)
                    .setUploadStream(new ContentStreamBase.ByteArrayStream(zip, name + ".zip", "application/zip"))
                    .process(c));
        }
    }

    private static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIGSET_FILES) {
                try (InputStream in = SolrCluster.class.getResourceAsStream(CONFIGSET_RESOURCES + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the build puts " + CONFIGSET_RESOURCES + file + " in the jar");
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Creates a collection of Broadsheet's configset, and waits until every replica of it is active. */
    void create(String collection, int shards, int replicas) throws IOException {
        CollectionAdminRequest.Create create =
                CollectionAdminRequest.createCollection(collection, ArticleSchema.SOLR_SCHEMA_NAME, shards, replicas);
        create.setWaitForFinalState(true);
        call("creating the collection " + collection, create::process);
    }

    /** Points {@code alias} at {@code collection}, in one step: readers of the alias switch at once. */
    void createAlias(String alias, String collection) throws IOException {
        call("pointing the alias " + alias + " at " + collection,
                c -> CollectionAdminRequest.createAlias(alias, collection).process(c));
    }

    void delete(String collection) throws IOException {
        call("deleting the collection " + collection,
                c -> CollectionAdminRequest.deleteCollection(collection).process(c));
    }

    void setProperties(String collection, Map<String, String> properties) throws IOException {
        for (var property : properties.entrySet()) {
            call("storing " + property.getKey() + " on " + collection, c -> CollectionAdminRequest
                    .setCollectionProperty(collection, property.getKey(), property.getValue()).process(c));
        }
    }

    /** The collection's properties, read from ZooKeeper through a node (SolrJ has no request that lists them). */
    Map<String, String> properties(String collection) throws IOException {
        return call("reading the properties of " + collection, c -> {
            InputStreamResponse response =
                    new ZookeeperReadApi.ReadNode("/collections/" + collection + "/collectionprops.json").process(c);
            try (InputStream in = response.getResponseStream()) {
                if (response.getHttpStatus() == 404) {
                    return Map.of();
                }
                if (response.getHttpStatus() != 200) {
                    throw new IOException("HTTP " + response.getHttpStatus());
                }
                return JSON.readValue(in, new TypeReference<Map<String, String>>() {});
            }
        });
    }

    /**
     * Sends the documents in one request (the client splits it by shard). Returns the documents Solr refused, by id,
     * with its reason; one refused document fails its whole request, and sending each alone then finds it.
     */
    Map<String, Exception> add(String collection, List<SolrInputDocument> documents) throws IOException {
        if (refused(collection, documents).isEmpty()) {
            return Map.of();
        }
        Map<String, Exception> refused = new HashMap<>();
        for (SolrInputDocument document : documents) {
            refused(collection, List.of(document)).ifPresent(
                    refusal -> refused.put((String) document.getFieldValue(Fields.ID), refusal));
        }
        return refused;
    }

    /** Solr's refusal of the request (a 400: the documents' fault), if it refused it; any other failure throws. */
    private Optional<SolrException> refused(String collection, List<SolrInputDocument> documents) throws IOException {
        String doing = "sending documents to " + collection;
        try {
            new UpdateRequest().add(documents).process(client, collection);
            return Optional.empty();
        } catch (SolrException e) {
            if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                return Optional.of(e);
            }
            throw failure(doing, e);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failure(doing, e);
        }
    }

    /** Deletes the documents of these ids, a page of ids a request: a run may delete a whole corpus's worth. */
    void deleteById(String collection, List<String> ids) throws IOException {
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
            call("deleting documents from " + collection, c -> c.deleteById(collection, page));
        }
    }

    /** Commits, and waits for the new searcher: when it returns, readers see the run. */
    void commit(String collection) throws IOException {
        call("committing " + collection, c -> c.commit(collection, true, true));
    }

    QueryResponse query(String collection, ModifiableSolrParams params) throws IOException {
        return call("querying " + collection, c -> c.query(collection, params));
    }

    long count(String collection) throws IOException {
        return query(collection, new ModifiableSolrParams().set("q", "*:*").set("rows", 0)).getResults().getNumFound();
    }

    /** Every document readers see, with the fields {@code fields}, a page at a time in id order (a cursor). */
    void forEach(String collection, String fields, Consumer<SolrDocument> action) throws IOException {
        forEach(collection, "*:*", fields, page -> page.forEach(action));
    }

    /** A page of documents, for an action that may fail. */
    interface Pages {
        void accept(List<SolrDocument> page) throws IOException;
    }

    /**
     * Every document matching {@code query} that readers see, with the fields {@code fields}, a page at a time in id
     * order (a cursor); posted, as a query may list thousands of terms.
     */
    void forEach(String collection, String query, String fields, Pages action) throws IOException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams params = new ModifiableSolrParams()
                    .set("q", query).set("fl", fields).set("rows", PAGE).set("sort", Fields.ID + " asc")
                    .set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = call("querying " + collection, c -> c.query(collection, params, SolrRequest.METHOD.POST));
            action.accept(page.getResults());
            if (cursor.equals(page.getNextCursorMark())) {
                return;
            }
            cursor = page.getNextCursorMark();
        }
    }

    /** The terms of {@code field} that at least {@code fewest} documents readers see hold, with how many (a facet). */
    Map<String, Integer> termCounts(String collection, String field, int fewest) throws IOException {
        QueryResponse response = query(collection, new ModifiableSolrParams().set("q", "*:*").set("rows", 0)
                .set("facet", true).set("facet.field", field).set("facet.mincount", fewest).set("facet.limit", -1));
        Map<String, Integer> counts = new HashMap<>();
        for (FacetField.Count count : response.getFacetField(field).getValues()) {
            counts.put(count.getName(), Math.toIntExact(count.getCount()));
        }
        return counts;
    }

    /** The content hash of every document readers see, by id. */
    Map<String, String> hashesById(String collection) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        forEach(collection, Fields.ID + "," + Fields.CONTENT_HASH, doc -> hashes.put((String) doc.getFirstValue(Fields.ID),
                (String) doc.getFirstValue(Fields.CONTENT_HASH)));
        return hashes;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
