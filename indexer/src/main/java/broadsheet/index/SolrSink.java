package broadsheet.index;

import broadsheet.schema.Article;
import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import broadsheet.schema.SolrDocuments;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.util.IOUtils;

/**
 * A collection on a SolrCloud. Readers know the archive by a name ({@code --collection}) that Broadsheet keeps as an
 * alias of a concrete collection, {@code NAME_<timestamp>}. A first run, and every full rebuild, builds a new one
 * and points the alias at it once it is committed and counted, so readers switch at once, from one whole run to the
 * next; the collection it replaces is then deleted. An incremental run writes into the alias's collection (or into a
 * plain collection of that name that an operator made with Broadsheet's configset) and commits once, at its end.
 *
 * <p>Nothing a run sends is visible before its commit: the configset's auto commits open no searcher, and it has
 * no soft commits. A run that fails or is killed leaves readers with the last complete run: a collection it was
 * building is deleted, now if it can be and by the next run otherwise.
 *
 * <p>Never touches a collection whose schema is not Broadsheet's ({@link SolrCluster#requireBroadsheetSchema}).
 */
final class SolrSink implements IndexSink {

    /** A commit of a large collection, or the creation of one, takes a while; longer is a node in trouble. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** The timestamp of a collection a run builds: UTC, to the millisecond, so that names sort by age. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final String STAMP_PATTERN = "\\d{17}";
    /** What a failure before the commit leaves: true, as nothing of the run is visible before it. */
    private static final String UNCHANGED = "readers still see the last complete run";
    private static final int KEYS_PER_QUERY = 2000;

    private final SolrCluster cluster;
    /** The collection this run writes into. */
    private final String target;
    /** Whether this run built {@link #target}: then it is counted and the alias points at it after the commit. */
    private final boolean built;
    /** The collection readers saw before a rebuild, deleted once they have switched. */
    private final Optional<String> replaced;
    /** Documents sent to a collection this run built: what its count must be before readers switch to it. */
    private final AtomicInteger sent = new AtomicInteger();
    /** Whether readers see the run: then a failure has nothing to undo. */
    private volatile boolean visible;

    private SolrSink(SolrCluster cluster, String target, boolean built, Optional<String> replaced) {
        this.cluster = cluster;
        this.target = target;
        this.built = built;
        this.replaced = replaced;
    }

    /**
     * Finds or builds the collection the run writes into: refuses a collection without Broadsheet's schema, and
     * deletes what an earlier run that crashed left behind.
     */
    static SolrSink open(IndexLocation.Cloud location, boolean full, Clock clock) throws IOException {
        SolrCluster cluster = new SolrCluster(location.collection(), TIMEOUT);
        String name = location.collection().name();
        try {
            Map<String, String> aliases = cluster.aliases();
            Optional<String> current = cluster.resolve(aliases);
            if (current.isPresent()) {
                if (current.get().contains(",")) {
                    throw new CollectionRefusedException("the alias " + name + " on " + location.collection().cluster()
                            + " stands for several collections (" + current.get() + "); Broadsheet keeps it pointing"
                            + " at one, and leaves this one alone (choose another --collection)");
                }
                cluster.requireBroadsheetSchema(current.get());
            }
            deleteLeftovers(cluster, name, aliases);
            if (current.isPresent() && !full) {
                return new SolrSink(cluster, current.get(), false, Optional.empty());
            }
            if (current.isPresent() && !aliases.containsKey(name)) {
                throw new CollectionRefusedException("index --full builds a new collection and then points the alias "
                        + name + " at it, but " + name + " on " + location.collection().cluster()
                        + " is a collection, not an alias, and an alias cannot take the name of a collection; update it"
                        + " without --full, or rebuild under a new --collection name (and delete " + name
                        + " with Solr's tools once readers use the new one)");
            }
            cluster.ensureConfigset();
            String fresh = name + "_" + STAMP.format(clock.instant());
            cluster.create(fresh, location.shards(), location.replicas());
            return new SolrSink(cluster, fresh, true, current);
        } catch (CollectionRefusedException e) {
            IOUtils.closeWhileHandlingException(cluster);
            throw e;
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(cluster);
            throw new IOException(e.getMessage() + "; " + UNCHANGED, e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(cluster);
            throw e;
        }
    }

    /**
     * Deletes the collections a crashed run was building: named as a run names them, of Broadsheet's schema, and
     * not what an alias stands for. One whose schema cannot be read is left alone, as not known to be Broadsheet's.
     */
    private static void deleteLeftovers(SolrCluster cluster, String name, Map<String, String> aliases)
            throws IOException {
        Pattern built = Pattern.compile(Pattern.quote(name) + "_" + STAMP_PATTERN);
        Set<String> inUse = new HashSet<>();
        aliases.values().forEach(collections -> inUse.addAll(Arrays.asList(collections.split(","))));
        for (String collection : cluster.collections()) {
            if (built.matcher(collection).matches() && !inUse.contains(collection) && isBroadsheets(cluster, collection)) {
                cluster.delete(collection);
            }
        }
    }

    private static boolean isBroadsheets(SolrCluster cluster, String collection) {
        try {
            cluster.requireBroadsheetSchema(collection);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** What readers see now; a collection this run built holds nothing yet. */
    @Override
    public Map<String, String> hashesById() throws IOException {
        return built ? Map.of() : cluster.hashesById(target);
    }

    @Override
    public CommitData commitData() throws IOException {
        return built ? CommitData.NONE : CommitData.fromUserData(cluster.properties(target));
    }

    /** Solr replaces the document of the same id by itself: new and changed articles are sent alike. */
    @Override
    public Map<String, Exception> write(List<Article> articles, Predicate<String> indexed) throws IOException {
        Map<String, Exception> refused = cluster.add(target, articles.stream().map(SolrDocuments::toDocument).toList());
        // a document sent again (a furniture revision) replaces itself: it adds nothing to the count
        sent.addAndGet((int) articles.stream()
                .filter(article -> !indexed.test(article.id()) && !refused.containsKey(article.id())).count());
        return refused;
    }

    @Override
    public void delete(Collection<String> ids) throws IOException {
        cluster.deleteById(target, List.copyOf(ids));
    }

    /**
     * Commits what the run sent first, as Solr counts only what is committed. Into a collection this run built, that
     * shows readers nothing (the alias moves at {@link #commit}); into the collection readers use, they see the run's
     * articles before the furniture revision that follows, and should the run then fail, the next run revises them.
     */
    @Override
    public Map<String, Integer> paragraphCounts(int fewest) throws IOException {
        cluster.commit(target);
        return cluster.termCounts(target, Fields.PARAGRAPHS, fewest);
    }

    @Override
    public void forEachFurnished(Set<String> keys, Pages action) throws IOException {
        Set<String> seen = new HashSet<>();
        Pages unseen = page -> {
            List<Article> fresh = page.stream().filter(article -> seen.add(article.id())).toList();
            if (!fresh.isEmpty()) {
                action.accept(fresh);
            }
        };
        cluster.forEach(target, Fields.SET_ASIDE + ":" + ArticleSchema.SET_ASIDE_MARK, "*", page ->
                unseen.accept(page.stream().map(SolrDocuments::fromDocument).toList()));
        List<String> all = List.copyOf(keys);
        // a terms query of a few thousand keys a request: the whole set may be a corpus's worth
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            String some = String.join(",", all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)));
            cluster.forEach(target, "{!terms f=" + Fields.PARAGRAPHS + "}" + some, "*", page ->
                    unseen.accept(page.stream().map(SolrDocuments::fromDocument).toList()));
        }
    }

    /**
     * Commits; a collection this run built is counted and given the run's record, and then readers switch to it
     * (the alias), and the one they saw before is deleted.
     */
    @Override
    public void commit(CommitData data) throws IOException {
        cluster.commit(target);
        if (built) {
            long count = cluster.count(target);
            if (count != sent.get()) {
                throw new IOException("the new collection " + target + " on " + cluster.where().cluster() + " holds "
                        + count + " documents after its commit, not the " + sent.get() + " sent");
            }
            cluster.setProperties(target, data.toUserData());
            cluster.createAlias(cluster.where().name(), target);
            visible = true;
            replaced.ifPresent(this::deleteReplaced);
        } else {
            visible = true;
            cluster.setProperties(target, data.toUserData());
        }
    }

    /** Readers have left it; should the delete fail, the next run deletes it as a leftover. */
    private void deleteReplaced(String collection) {
        try {
            cluster.delete(collection);
        } catch (IOException e) {
            // left for the next run (see deleteLeftovers)
        }
    }

    @Override
    public int documents() throws IOException {
        return Math.toIntExact(cluster.count(target));
    }

    /**
     * Deletes a collection this run built and readers never saw. There is no rollback on SolrCloud: what an update
     * sent into an existing collection stays invisible until a commit, and the next run, which compares every file
     * with what readers see, brings it up to date with the corpus before its commit.
     */
    @Override
    public void abandon(Exception failure) {
        if (built && !visible) {
            try {
                cluster.delete(target);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    @Override
    public IOException failed(IOException failure) {
        return new IOException(failure.getMessage() + "; " + (visible
                ? "readers see the run, but its record of skipped files may be missing (run it again)"
                : UNCHANGED), failure);
    }

    @Override
    public void close() throws IOException {
        cluster.close();
    }
}
