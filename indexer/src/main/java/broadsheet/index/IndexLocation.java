package broadsheet.index;

import java.nio.file.Path;

/** Where the index of a run is: a folder on this machine, or a collection on a SolrCloud. */
public sealed interface IndexLocation {

    /** The local Lucene index in {@code path}. */
    record Folder(Path path) implements IndexLocation {}

    /**
     * The collection {@code collection} on a SolrCloud; {@code shards} and {@code replicas} shape the concrete
     * collection a run creates (a first run, or a full rebuild), and are not applied to one that exists.
     */
    record Cloud(SolrCollection collection, int shards, int replicas) implements IndexLocation {

        public static final int DEFAULT_SHARDS = 2;
        public static final int DEFAULT_REPLICAS = 1;

        public Cloud {
            if (shards < 1 || replicas < 1) {
                throw new IllegalArgumentException("a collection needs at least one shard and one replica");
            }
        }
    }
}
