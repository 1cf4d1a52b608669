package broadsheet.web;

import broadsheet.schema.ArticleSummary;
import broadsheet.schema.PublicationDate;
import broadsheet.search.Archive;
import broadsheet.search.SearchRequest;
import broadsheet.search.SearchResult;
import broadsheet.search.SearchResult.Hit;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import spark.Request;
import spark.Response;

/**
 * A search as others follow it: an Atom feed of its newest matches, for a feed reader, and the OpenSearch
 * description with which browsers offer Broadsheet as a search engine. Links are absolute, to the address the
 * request came to.
 */
final class Feeds {

    /** How many of the newest matches a feed holds. */
    static final int ENTRIES = 50;

    private final Archive search;

    Feeds(Archive search) {
        this.search = search;
    }

    String atom(Request req, Response res) throws IOException {
        SearchRequest asked = SearchRequest.fromParameters(Params.of(req));
        SearchResult result = search.search(asked.newest(ENTRIES));
        String origin = origin(req);
        SearchLinks links = new SearchLinks(asked);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(asked.query().isBlank() ? "Broadsheet: the newest articles" : "Broadsheet: " + asked.query());
        feed.setLink(origin + links.page(1));
        feed.setUri(origin + links.feed());
        feed.setDescription("The newest articles of this search, " + result.total() + " in all.");
        List<SyndEntry> entries = new ArrayList<>();
        for (Hit hit : result.hits()) {
            entries.add(entry(hit, origin));
        }
        feed.setEntries(entries);
        feed.setPublishedDate(entries.stream().map(SyndEntry::getPublishedDate).filter(d -> d != null).findFirst()
                .orElse(null));
        res.type("application/atom+xml; charset=utf-8");
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("a feed of our own records always writes", e);
        }
    }

    private static SyndEntry entry(Hit hit, String origin) {
        ArticleSummary article = hit.summary();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.title());
        entry.setLink(origin + "/articles/" + SearchLinks.encode(article.id()));
        entry.setUri(entry.getLink());
        if (article.outlet() != null) {
            entry.setAuthor(article.outlet());
        }
        if (article.date() != null) {
            PublicationDate date = PublicationDate.parseIso(article.date()).orElseThrow();
            Date day = Date.from(date.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant());
            entry.setPublishedDate(day);
            entry.setUpdatedDate(day);
        }
        SyndContent summary = new SyndContentImpl();
        summary.setType("html");
        summary.setValue(hit.snippet());
        entry.setDescription(summary);
        return entry;
    }

    String openSearch(Request req, Response res) {
        String origin = origin(req);
        res.type("application/opensearchdescription+xml; charset=utf-8");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>Broadsheet</ShortName>
                  <Description>Search the news archive</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Url type="text/html" method="get" template="%1$s/search?q={searchTerms}"/>
                  <Url type="application/atom+xml" method="get" template="%1$s/search.atom?q={searchTerms}"/>
                </OpenSearchDescription>
                """.formatted(StringEscapeUtils.escapeXml10(origin));
    }

    /** The scheme, host and port the request was sent to. */
    private static String origin(Request req) {
        String url = req.url();
        return url.substring(0, url.length() - req.pathInfo().length());
    }
}
