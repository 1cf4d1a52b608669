package broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.index.SolrCollection;
import broadsheet.schema.ArticleSchema;
import broadsheet.testing.CommandRun;
import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import broadsheet.testing.TestCorpus;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The commands with --solr: what they refuse, and how they fail, each in one line. */
@ExtendWith(SolrCloudExtension.class)
class SolrCommandLineTest {

    private static final String FOREIGN_SCHEMA = "someone-elses-schema";
    private static final String FOREIGN = "foreign_test";
    private static final String FOREIGN_ALIAS = "foreign_alias_test";
    private static List<String> nodes;
    private static CloudSolrClient solr;

    @TempDir
    Path temp;

    TestCorpus corpus;

    @BeforeAll
    static void makeACollectionOfAnotherSchema(SolrTestCluster cluster) throws Exception {
        nodes = cluster.nodes();
        solr = new SolrCollection(nodes, FOREIGN).client(Duration.ofSeconds(60));
        new ConfigSetAdminRequest.Upload().setConfigSetName(FOREIGN_SCHEMA)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(foreignConfigset(), "foreign.zip", "application/zip"))
                .process(solr);
        CollectionAdminRequest.createCollection(FOREIGN, FOREIGN_SCHEMA, 1, 1).process(solr);
        CollectionAdminRequest.createAlias(FOREIGN_ALIAS, FOREIGN).process(solr);
    }

    @AfterAll
    static void disconnect() throws Exception {
        solr.close();
    }

    /** A configset of someone else's: the smallest schema and solrconfig Solr takes. */
    private static byte[] foreignConfigset() throws Exception {
        Map<String, String> files = Map.of(
                "schema.xml", """
                        <schema name="%s" version="1.6">
                          <uniqueKey>id</uniqueKey>
                          <field name="id" type="string" indexed="true" stored="true" required="true"/>
                          <field name="_version_" type="plong" indexed="false" stored="false" docValues="true"/>
                          <fieldType name="string" class="solr.StrField"/>
                          <fieldType name="plong" class="solr.LongPointField"/>
                        </schema>
                        """.formatted(FOREIGN_SCHEMA),
                "solrconfig.xml", """
                        <config>
                          <luceneMatchVersion>9.12</luceneMatchVersion>
                          <schemaFactory class="ClassicIndexSchemaFactory"/>
                          <updateHandler class="solr.DirectUpdateHandler2"><updateLog/></updateHandler>
                          <requestHandler name="/select" class="solr.SearchHandler"/>
                        </config>
                        """);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @BeforeEach
    void writeCorpus() throws Exception {
        corpus = new TestCorpus(temp.resolve("corpus"));
        corpus.newsJson("one.json", "Grain deal", "Grain exports resume from Odesa.", "Daily", "2019-07-01");
    }

    private CommandRun broadsheet(String command, String solrUrls, String collection, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        all.addAll(List.of("--corpus", corpus.root().toString(), "--solr", solrUrls, "--collection", collection));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static long documentsOfTheForeignCollection() throws Exception {
        return solr.query(FOREIGN, new org.apache.solr.common.params.ModifiableSolrParams().set("q", "*:*"))
                .getResults().getNumFound();
    }

    @Test
    void aCollectionOfAnotherSchemaIsRefusedInOneLineAndLeftAlone() throws Exception {
        for (String name : List.of(FOREIGN, FOREIGN_ALIAS)) {
            for (String[] command : List.of(new String[] {"index"}, new String[] {"index", "--full"},
                    new String[] {"stats"}, new String[] {"verify"}, new String[] {"inspect", "x"})) {
                CommandRun run = broadsheet(command[0], String.join(",", nodes), name,
                        List.of(command).subList(1, command.length).toArray(String[]::new));
                assertEquals(1, run.exit(), run.toString());
                assertEquals(List.of("broadsheet " + command[0] + ": the collection " + FOREIGN + " on the SolrCloud at "
                        + String.join(", ", nodes) + " has the schema '" + FOREIGN_SCHEMA + "', not Broadsheet's '"
                        + ArticleSchema.SOLR_SCHEMA_NAME + "'; Broadsheet leaves it alone (choose another --collection)"),
                        run.err().lines().toList(), String.join(" ", command));
            }
        }
        assertEquals(0, documentsOfTheForeignCollection());
        assertEquals(FOREIGN, new CollectionAdminRequest.ListAliases().process(solr).getAliases().get(FOREIGN_ALIAS));
    }

    @Test
    void aBadSolrUrlIsAUsageErrorNamingIt() {
        CommandRun run = broadsheet("index", "127.0.0.1:8983", "broadsheet");
        assertEquals(Broadsheet.USAGE, run.exit(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.getFirst().startsWith("broadsheet index: --solr takes the base URLs of Solr nodes, such as"
                + " http://127.0.0.1:8983/solr (was '127.0.0.1:8983': "), run.err());
        assertEquals("Try 'broadsheet index --help'.", lines.get(1));
        CommandRun badName = broadsheet("stats", String.join(",", nodes), "no/slashes");
        assertEquals(Broadsheet.USAGE, badName.exit(), badName.toString());
        assertTrue(badName.err().startsWith("broadsheet stats: --collection must be letters"), badName.err());
    }

    @Test
    void indexAndSolrTogetherAreAUsageError() {
        CommandRun run = CommandRun.of("stats", "--index", "data/index", "--solr", String.join(",", nodes));
        assertEquals(Broadsheet.USAGE, run.exit(), run.toString());
        assertEquals("broadsheet stats: --index and --solr cannot be used together: the index is a folder or a SolrCloud"
                + " collection", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void shardsAndReplicasNeedSolrAndAreCountedFromOne() {
        CommandRun local = CommandRun.of("index", "--shards", "3", "--corpus", corpus.root().toString(),
                "--index", temp.resolve("index").toString());
        assertEquals(Broadsheet.USAGE, local.exit(), local.toString());
        assertEquals("broadsheet index: --shards shapes a SolrCloud collection, and needs --solr",
                local.err().lines().findFirst().orElseThrow());
        CommandRun none = broadsheet("index", String.join(",", nodes), "never_made", "--replicas", "0");
        assertEquals(Broadsheet.USAGE, none.exit(), none.toString());
        assertEquals("broadsheet index: --replicas must be more than 0 (was 0)", none.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aClusterThatCannotBeReachedIsOneLineSayingReadersStillSeeTheLastRun() throws Exception {
        String closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/solr";
        }
        long started = System.nanoTime();
        CommandRun run = broadsheet("index", closed, "broadsheet");
        assertEquals(Broadsheet.FATAL, run.exit(), run.toString());
        assertEquals(List.of("broadsheet index: listing the aliases on the SolrCloud at " + closed
                + " failed: none of the nodes answers; readers still see the last complete run"), run.err().lines().toList());
        CommandRun stats = broadsheet("stats", closed, "broadsheet");
        assertEquals(Broadsheet.FATAL, stats.exit(), stats.toString());
        assertEquals(List.of("broadsheet stats: listing the aliases on the SolrCloud at " + closed
                + " failed: none of the nodes answers"), stats.err().lines().toList());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30, "a closed port is no wait");
    }

    @Test
    void theReadingCommandsOnAMissingCollectionSayHowToMakeIt() {
        CommandRun run = broadsheet("stats", String.join(",", nodes), "never_made");
        assertEquals(Broadsheet.FATAL, run.exit(), run.toString());
        assertEquals(List.of("broadsheet stats: no collection never_made on the SolrCloud at " + String.join(", ", nodes)
                + " (run: broadsheet index --solr " + String.join(",", nodes) + " --collection never_made)"),
                run.err().lines().toList());
        CommandRun verify = broadsheet("verify", String.join(",", nodes), "never_made");
        assertEquals(1, verify.exit(), verify.toString());
        assertTrue(verify.out().contains("no collection never_made"), verify.out());
    }
}
