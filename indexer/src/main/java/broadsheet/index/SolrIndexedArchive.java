package broadsheet.index;

import broadsheet.index.IndexStats.NameCount;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import broadsheet.schema.SolrDocuments;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.lucene.util.IOUtils;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A collection on a SolrCloud, read: the collection its name stands for (the alias's, or the collection of that
 * name) as readers see it, committed runs only.
 */
public final class SolrIndexedArchive implements IndexedArchive {

    /** A reading command's requests are small, apart from a page of a cursor; longer is a node in trouble. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String DATED = "dated";

    private final SolrCluster cluster;
    /** The concrete collection: a rebuild that switches the alias meanwhile does not mix two runs in one answer. */
    private final String collection;

    private SolrIndexedArchive(SolrCluster cluster, String collection) {
        this.cluster = cluster;
        this.collection = collection;
    }

    /** The collection {@code where} names; refuses one without Broadsheet's schema. */
    public static SolrIndexedArchive open(SolrCollection where) throws IOException {
        SolrCluster cluster = new SolrCluster(where, TIMEOUT);
        try {
            Optional<String> collection = cluster.resolve(cluster.aliases());
            if (collection.isEmpty()) {
                throw new MissingIndexException("no collection " + where.name() + " on " + where.cluster()
                        + " (run: broadsheet index --solr " + String.join(",", where.nodes()) + " --collection "
                        + where.name() + ")");
            }
            cluster.requireBroadsheetSchema(collection.get());
            return new SolrIndexedArchive(cluster, collection.get());
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(cluster);
            throw e;
        }
    }

    @Override
    public String name() {
        return "the collection " + cluster.where().name() + " on " + cluster.where().cluster();
    }

    /** Shards that are not active or have no live leader, and replicas that are not active on a live node. */
    @Override
    public List<String> damage() throws IOException {
        String doing = "reading the state of " + collection;
        DocCollection state = cluster.call(doing, c -> c.getClusterStateProvider().getCollection(collection));
        Set<String> live = cluster.call(doing, c -> c.getClusterStateProvider().getLiveNodes());
        List<String> problems = new ArrayList<>();
        for (Slice shard : state.getSlices()) {
            String which = "shard " + shard.getName() + " of " + collection;
            if (shard.getState() != Slice.State.ACTIVE) {
                problems.add(which + " is " + shard.getState().toString().toLowerCase() + ", not active");
            }
            Replica leader = shard.getLeader();
            if (leader == null || !leader.isActive(live)) {
                problems.add(which + " has no live leader");
            }
            for (Replica replica : shard.getReplicas()) {
                if (!replica.isActive(live)) {
                    problems.add(which + ": replica " + replica.getName() + " on " + replica.getNodeName() + " is "
                            + (live.contains(replica.getNodeName()) ? replica.getState().toString().toLowerCase()
                                    : "on a node that is down"));
                }
            }
        }
        return problems;
    }

    @Override
    public Map<String, String> hashesById() throws IOException {
        return cluster.hashesById(collection);
    }

    @Override
    public CommitData commitData() throws IOException {
        return CommitData.fromUserData(cluster.properties(collection));
    }

    @Override
    public Optional<Article> byId(String id) throws IOException {
        SolrDocumentList found = cluster.query(collection, new ModifiableSolrParams()
                .set("q", "{!term f=" + Fields.ID + " v=$id}").set("id", id).set("fl", "*").set("rows", 1))
                .getResults();
        return found.isEmpty() ? Optional.empty() : Optional.of(SolrDocuments.fromDocument(found.getFirst()));
    }

    /**
     * Every value of every facet dimension, counted by Solr's JSON Facet API. Every value, not the top ten of the
     * entities: the shards' own top tens, merged, might break a tie otherwise than the local index does.
     */
    @Override
    public IndexStats stats() throws IOException {
        String facets = ArticleSchema.FACETS.stream()
                .map(dim -> dim + ":{type:terms,field:" + dim + ",limit:-1}")
                .collect(Collectors.joining(",", "{", "," + DATED + ":{type:query,q:\"" + Fields.DATE_DAY + ":[* TO *]\"}}"));
        QueryResponse response = cluster.query(collection, new ModifiableSolrParams()
                .set("q", "*:*").set("rows", 0).set("json.facet", facets));
        NestableJsonFacet counted = response.getJsonFacetingResponse();
        Map<String, List<NameCount>> valueCounts = new HashMap<>();
        for (String dim : ArticleSchema.FACETS) {
            BucketBasedJsonFacet values = counted == null ? null : counted.getBucketBasedFacets(dim);
            if (values != null) {
                valueCounts.put(dim, values.getBuckets().stream()
                        .map(bucket -> new NameCount(bucket.getVal().toString(), Math.toIntExact(bucket.getCount())))
                        .toList());
            }
        }
        NestableJsonFacet dated = counted == null ? null : counted.getQueryFacet(DATED);
        return IndexStats.of(Math.toIntExact(response.getResults().getNumFound()),
                dated == null ? 0 : Math.toIntExact(dated.getCount()), valueCounts, FurnitureStats.of(this));
    }

    @Override
    public void forEachArticle(Consumer<Article> action) throws IOException {
        cluster.forEach(collection, "*", doc -> action.accept(SolrDocuments.fromDocument(doc)));
    }

    @Override
    public void close() throws IOException {
        cluster.close();
    }
}
