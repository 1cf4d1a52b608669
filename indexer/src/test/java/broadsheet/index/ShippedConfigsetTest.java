package broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import broadsheet.testing.SolrTestCluster;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The configset an index run uploads is the repository's, every file of it, as the build put it in the jar. */
class ShippedConfigsetTest {

    @Test
    void theJarHoldsEveryFileOfTheRepositorysConfigset() throws Exception {
        List<String> inRepository;
        try (Stream<Path> files = Files.list(SolrTestCluster.CONFIGSET)) {
            inRepository = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertEquals(inRepository, SolrCluster.CONFIGSET_FILES.stream().sorted().toList());
        for (String file : SolrCluster.CONFIGSET_FILES) {
            try (InputStream shipped = SolrCluster.class.getResourceAsStream("/broadsheet/solr/conf/" + file)) {
                assertNotNull(shipped, file);
                assertArrayEquals(Files.readAllBytes(SolrTestCluster.CONFIGSET.resolve(file)), shipped.readAllBytes(), file);
            }
        }
    }
}
