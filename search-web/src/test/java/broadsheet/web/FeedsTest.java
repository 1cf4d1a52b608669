package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A search followed in a feed reader, and Broadsheet offered to a browser as a search engine. */
class FeedsTest {

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void aSearchIsAnAtomFeedOfItsNewestMatchesWithAbsoluteLinks() throws Exception {
        HttpResponse<String> response = server.get("/search.atom?q=guarantees&bias=left&bias=far-left");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Broadsheet: guarantees", feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("Security guarantees are a trap, activists say",
                "Zelenskyy asks allies for security guarantees", "Grain exports resume from Odesa"),
                entries.stream().map(SyndEntry::getTitle).toList(), "newest first, the filters applied");
        List<Date> dates = entries.stream().map(SyndEntry::getPublishedDate).filter(Objects::nonNull).toList();
        assertEquals(3, dates.size());
        for (SyndEntry entry : entries) {
            assertTrue(entry.getLink().startsWith(server.base() + "/articles/"), entry.getLink());
            assertEquals(200, server.get(entry.getLink().substring(server.base().length())).statusCode());
            assertTrue(entry.getDescription().getValue().contains("<mark>"), entry.getDescription().getValue());
        }
    }

    @Test
    void aBadParameterOfAFeedIsA400() throws Exception {
        assertEquals(400, server.get("/search.atom?from=yesterday").statusCode());
    }

    @Test
    void browsersAreOfferedBroadsheetAsASearchEngine() throws Exception {
        HttpResponse<String> response = server.get("/opensearch.xml");
        assertEquals(200, response.statusCode());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document description = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        NodeList urls = description.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url");
        assertEquals(server.base() + "/search?q={searchTerms}", ((Element) urls.item(0)).getAttribute("template"));
        assertEquals("application/atom+xml", ((Element) urls.item(1)).getAttribute("type"));
        assertTrue(server.get("/").body().contains("href=\"/opensearch.xml\""));
    }
}
