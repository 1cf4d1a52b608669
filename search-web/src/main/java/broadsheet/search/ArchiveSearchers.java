package broadsheet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;

/**
 * The searcher of the index's latest commit, as Lucene's SearcherManager keeps it (searches hold the one
 * they started with; the old one closes when the last lets go), but for a folder whose index may be
 * deleted and built anew while it is served. A reader reopens by keeping the segments it has open under
 * the names the new commit lists, and a new index reuses the names: Lucene would then serve the deleted
 * index for good, or fail on every refresh ("invalid doc count change"). So a commit that does not carry
 * on from the open one, and a reader that cannot be reopened, are opened afresh.
 */
final class ArchiveSearchers extends ReferenceManager<ArchiveSearcher> {

    private static final System.Logger LOG = System.getLogger(ArchiveSearchers.class.getName());

    private final Directory directory;

    ArchiveSearchers(Directory directory) throws IOException {
        this.directory = directory;
        this.current = searcher(DirectoryReader.open(directory));
    }

    @Override
    protected ArchiveSearcher refreshIfNeeded(ArchiveSearcher open) throws IOException {
        StandardDirectoryReader reader = (StandardDirectoryReader) open.getIndexReader();
        SegmentInfos latest = SegmentInfos.readLatestCommit(directory);
        if (carriesOn(reader.getSegmentInfos(), latest)) {
            try {
                DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                return newer == null ? null : searcher(newer);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not reopen the index, opening it afresh: " + e);
            }
        } else {
            LOG.log(System.Logger.Level.INFO, "the index was replaced by another; opening it afresh");
        }
        return searcher(DirectoryReader.open(directory));
    }

    /**
     * Whether the latest commit is the open one or comes after it in the same index: a later generation,
     * in which every segment with the name of an open one is that segment.
     */
    static boolean carriesOn(SegmentInfos open, SegmentInfos latest) {
        if (Arrays.equals(open.getId(), latest.getId())) {
            return true;
        }
        if (latest.getGeneration() <= open.getGeneration()) {
            return false;
        }
        Map<String, byte[]> openSegments = new HashMap<>();
        for (SegmentCommitInfo segment : open) {
            openSegments.put(segment.info.name, segment.info.getId());
        }
        for (SegmentCommitInfo segment : latest) {
            byte[] id = openSegments.get(segment.info.name);
            if (id != null && !Arrays.equals(id, segment.info.getId())) {
                return false;
            }
        }
        return true;
    }

    private static ArchiveSearcher searcher(DirectoryReader reader) throws IOException {
        try {
            return new ArchiveSearcher(reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    protected void decRef(ArchiveSearcher searcher) throws IOException {
        searcher.getIndexReader().decRef();
    }

    @Override
    protected boolean tryIncRef(ArchiveSearcher searcher) {
        return searcher.getIndexReader().tryIncRef();
    }

    @Override
    protected int getRefCount(ArchiveSearcher searcher) {
        return searcher.getIndexReader().getRefCount();
    }
}
