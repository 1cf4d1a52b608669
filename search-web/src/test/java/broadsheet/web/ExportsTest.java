package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A search's results taken away as CSV and JSON, read back with real parsers. */
class ExportsTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void theCsvHoldsEveryMatchInTheSearchsOrderWithTheHitsFields() throws Exception {
        HttpResponse<String> response = server.get("/export.csv?q=guarantees&sort=oldest");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<CSVRecord> rows;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            assertEquals(Exports.COLUMNS, csv.getHeaderNames());
            rows = csv.getRecords();
        }
        JsonNode api = new ObjectMapper().readTree(server.get("/api/search?q=guarantees&sort=oldest&size=100").body());
        assertEquals(api.get("total").asInt(), rows.size());
        List<String> apiIds = new ArrayList<>();
        api.get("hits").forEach(hit -> apiIds.add(hit.get("id").asText()));
        assertEquals(apiIds, rows.stream().map(row -> row.get("id")).toList(), "the search's own order");
        CSVRecord first = rows.getFirst();
        assertTrue(!first.get("snippet").contains("<mark>") && first.get("snippet").contains("guarantees"),
                first.get("snippet"));
    }

    @Test
    void theJsonHoldsTheHitsAsTheApiGivesThem() throws Exception {
        JsonNode export = new ObjectMapper().readTree(server.get("/export.json?q=guarantees&bias=left").body());
        JsonNode api = new ObjectMapper().readTree(server.get("/api/search?q=guarantees&bias=left").body());
        assertEquals(api.get("total"), export.get("total"));
        assertEquals(api.get("total").asInt(), export.get("exported").asInt());
        assertEquals(api.get("hits"), export.get("hits"));
        assertEquals(api.get("applied"), export.get("applied"));
    }
}
