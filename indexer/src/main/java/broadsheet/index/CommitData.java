package broadsheet.index;

import broadsheet.corpus.FileProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What a commit records beside the documents: the fingerprint of the corpus-wide inputs it was built
 * from, and the files it had to skip (so that {@code verify} can tell "reported" from "lost").
 */
public record CommitData(String fingerprint, List<FileProblem> skipped) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FileProblem>> PROBLEMS = new TypeReference<>() {};
    private static final String FINGERPRINT = "broadsheet.fingerprint";
    private static final String SKIPPED = "broadsheet.skipped";

    public static final CommitData NONE = new CommitData("", List.of());

    public Map<String, String> toUserData() {
        try {
            return Map.of(FINGERPRINT, fingerprint, SKIPPED, JSON.writeValueAsString(skipped));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("file problems always serialise", e);
        }
    }

    /** The data of the directory's last commit; {@link #NONE} where there is no index or no such data. */
    public static CommitData read(Directory directory) throws IOException {
        if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
            return NONE;
        }
        return fromUserData(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    /** The data {@link #toUserData} wrote; {@link #NONE} where {@code data} has none. */
    public static CommitData fromUserData(Map<String, String> data) throws IOException {
        String skipped = data.get(SKIPPED);
        return new CommitData(data.getOrDefault(FINGERPRINT, ""),
                skipped == null ? List.of() : JSON.readValue(skipped, PROBLEMS));
    }
}
