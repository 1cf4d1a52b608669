package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.testing.CommandRun;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code serve --solr} serves only a collection that is there, and says in one line what to do when it is not. */
@ExtendWith(SolrCloudExtension.class)
class ServeSolrTest {

    @Test
    void aCollectionNotYetIndexedIsNamedWithTheCommandThatIndexesIt(SolrTestCluster cluster) {
        String nodes = String.join(",", cluster.nodes());
        CommandRun run = ServeCommandTest.serve("--corpus", "../corpus", "--solr", nodes, "--collection", "never_indexed",
                "--port", "0");
        assertEquals(1, run.exit(), run.toString());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("broadsheet serve: there is no collection never_indexed on the SolrCloud at "),
                run.err());
        assertTrue(run.err().strip().endsWith("broadsheet index --solr " + nodes + " --collection never_indexed"),
                run.err());
    }

    @Test
    void aClusterThatCannotBeReachedIsOneLine() {
        CommandRun run = ServeCommandTest.serve("--corpus", "../corpus", "--solr", "http://127.0.0.1:1/solr", "--port", "0");
        assertEquals(1, run.exit(), run.toString());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("broadsheet serve: cannot reach the SolrCloud at http://127.0.0.1:1/solr"),
                run.err());
    }
}
