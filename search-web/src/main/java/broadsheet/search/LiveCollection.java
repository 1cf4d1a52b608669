package broadsheet.search;

import broadsheet.index.SolrCollection;
import broadsheet.index.SolrFailure;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

/**
 * The archive's collection on SolrCloud as searches see it: the concrete collection behind the alias Broadsheet keeps
 * (an index run with {@code --full} switches it to a new collection), how many articles it holds and the newest
 * update it shows ({@link View}). A background look, about once a {@code refreshEvery}, picks up an alias switch or a
 * commit; searches are sent to the collection of the view, so that {@link #version()} and what they find agree.
 *
 * <p>The alias is resolved here, from the cluster's own list each time, rather than by CloudSolrClient, whose cache
 * of aliases would keep an old collection for seconds after a switch.
 *
 * <p>Every request is bounded: the client gives up after {@code timeout}, and Solr stops searching a little before
 * ({@code timeAllowed}). Whatever goes wrong on the way is a {@link SearchUnavailableException} (503), but a
 * query Solr refuses as asked, which is an {@link InvalidRequestException} (400).
 */
final class LiveCollection implements Closeable {

    /** One look at the collection: which one, how many articles, the newest {@code _version_} among them. */
    record View(String collection, long documents, long newestUpdate) {

        /** Changes whenever the alias is switched, or a commit adds, changes or deletes articles. */
        String version() {
            return collection + "@" + documents + "@" + Long.toHexString(newestUpdate);
        }
    }

    private static final System.Logger LOG = System.getLogger(LiveCollection.class.getName());
    private static final String VERSION_FIELD = "_version_";
    private static final String NEWEST = "newest";
    /** The response header that says Solr stopped at {@code timeAllowed}, with what it had found so far. */
    private static final String PARTIAL_RESULTS = "partialResults";
    /** Solr's parameter for the parser of {@code q}, and the name of its standard parser. */
    private static final String QUERY_PARSER = "defType";
    private static final String STANDARD_SYNTAX = "lucene";

    private final SolrCollection where;
    private final Duration timeout;
    private final CloudSolrClient client;
    private final ScheduledExecutorService refresher;
    private volatile View view;
    /** What the last background look failed on, if it failed; only the refresh thread reads and writes it. */
    private String lastProblem;

    /**
     * The collection {@code where}, looked at now and then every {@code refreshEvery}; each request bounded by
     * {@code timeout}.
     *
     * @throws MissingCollectionException when the cluster has no collection or alias of that name
     * @throws IOException when the cluster cannot be reached
     */
    LiveCollection(SolrCollection where, Duration timeout, Duration refreshEvery) throws IOException {
        this.where = where;
        this.timeout = timeout;
        try {
            this.client = where.client(timeout); // learns the cluster's live nodes from the first that answers
        } catch (RuntimeException e) {
            throw unreachable(where, e);
        }
        try {
            this.view = look();
        } catch (IOException | SolrServerException | RuntimeException e) {
            client.close();
            throw e instanceof IOException io ? io : unreachable(where, e);
        }
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "solr-view-refresh");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, refreshEvery.toMillis(), refreshEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static IOException unreachable(SolrCollection where, Exception e) {
        return new IOException("cannot reach the SolrCloud at " + String.join(",", where.nodes()) + ": "
                + SolrFailure.reason(e), e);
    }

    View view() {
        return view;
    }

    String version() {
        return view.version();
    }

    /**
     * Sends a search to the collection of the current view. A request that Solr answers with an error, when the
     * alias has just been switched (the old collection may be deleted by now), is sent once more to the new one.
     */
    QueryResponse query(SolrParams params) {
        ModifiableSolrParams bounded = new ModifiableSolrParams(params);
        // Broadsheet writes its queries in the standard syntax, local parameters and all (SolrQueryWriter), whatever
        // parser a collection's configset makes the default; edismax, say, would not read local parameters
        bounded.set(QUERY_PARSER, STANDARD_SYNTAX);
        // Solr stops a little before the client gives up, so that a search over time is answered as one
        bounded.set(CommonParams.TIME_ALLOWED, Long.toString(timeout.toMillis() * 4 / 5));
        View asked = view;
        try {
            return send(asked, bounded);
        } catch (SolrException e) {
            View now = lookNow();
            if (now != null && !now.collection().equals(asked.collection())) {
                try {
                    return send(now, bounded);
                } catch (SolrException again) {
                    throw refused(again);
                }
            }
            throw now == null ? unavailable(e) : refused(e);
        }
    }

    private QueryResponse send(View to, SolrParams params) {
        QueryResponse response;
        try {
            // POST: a query with many terms and filters outgrows what a URL may hold
            response = client.query(to.collection(), params, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException e) {
            throw SearchUnavailableException.engineDown("(SolrCloud) did not answer in time or cannot be reached");
        } catch (SolrException e) {
            throw e; // Solr answered: the caller tells what
        } catch (RuntimeException e) {
            // the client's own failures, such as no node of its list answering for the cluster's state
            throw SearchUnavailableException.engineDown("(SolrCloud) cannot be reached");
        }
        Object partial =
                response.getResponseHeader() == null ? null : response.getResponseHeader().get(PARTIAL_RESULTS);
        if (Boolean.TRUE.equals(partial)) {
            throw SearchUnavailableException.outOfTime(timeout);
        }
        return response;
    }

    /**
     * Solr's error as the reader's, when the collection is there: a query it refuses (400: too many terms, say) is the
     * reader's to change; anything else (a shard with no live node, a server error) is the engine's, for now.
     */
    private static RuntimeException refused(SolrException e) {
        if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
            return new InvalidRequestException("the search engine cannot run this query (" + SolrFailure.firstLine(e.getMessage())
                    + "); make it simpler or narrower");
        }
        return unavailable(e);
    }

    private static SearchUnavailableException unavailable(SolrException e) {
        return SearchUnavailableException.engineDown(
                "(SolrCloud) could not answer: " + SolrFailure.firstLine(e.getMessage()));
    }

    /** A look now, for a request that failed: the new view, or null when the collection cannot be looked at. */
    private synchronized View lookNow() {
        try {
            view = look();
            return view;
        } catch (IOException | SolrServerException | RuntimeException e) {
            return null;
        }
    }

    private synchronized void refresh() {
        try {
            view = look();
            lastProblem = null;
        } catch (IOException | SolrServerException | RuntimeException e) {
            // Keep the view we have: searches fail on their own, and say so, while the cluster is unwell.
            if (!e.toString().equals(lastProblem)) {
                LOG.log(System.Logger.Level.WARNING, "could not look at collection " + where.name() + ": " + e);
            }
            lastProblem = e.toString();
        }
    }

    private View look() throws IOException, SolrServerException {
        String collection = concrete();
        ModifiableSolrParams params = new ModifiableSolrParams()
                .set(CommonParams.Q, "*:*")
                .set(CommonParams.ROWS, 0)
                .set(SolrFacets.PARAMETER, "{" + NEWEST + ":\"max(" + VERSION_FIELD + ")\"}");
        QueryResponse response = client.query(collection, params);
        Object newest = response.getJsonFacetingResponse() == null
                ? null : response.getJsonFacetingResponse().getStatValue(NEWEST);
        return new View(collection, response.getResults().getNumFound(),
                newest instanceof Number number ? number.longValue() : 0);
    }

    /** The collections the name stands for: those of the alias, or the collection of that name. */
    private String concrete() throws IOException, SolrServerException {
        String aliased = new CollectionAdminRequest.ListAliases().process(client).getAliases().get(where.name());
        if (aliased != null) {
            return aliased;
        }
        if (CollectionAdminRequest.listCollections(client).contains(where.name())) {
            return where.name();
        }
        throw new MissingCollectionException(where);
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        client.close();
    }
}
