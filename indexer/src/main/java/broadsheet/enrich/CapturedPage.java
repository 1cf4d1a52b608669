package broadsheet.enrich;

import broadsheet.corpus.OutletRatings;
import broadsheet.corpus.SourceRecord;
import broadsheet.extract.Extracted;
import broadsheet.extract.WebArchive;
import broadsheet.schema.Article;
import broadsheet.schema.PublicationDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a page a web archive kept into an {@link Article}, as {@link ArticleAssembler} turns a saved page, with what
 * the archive's record knows of it: the URL fetched wins, as a sources.csv row's does; the outlet is, failing any
 * other, the URL's domain; and the day it was fetched is the date of last resort, as a page fetched years after it
 * was written would otherwise be dated wrong.
 */
public final class CapturedPage {

    private final ArticleAssembler assembler;
    private final DateResolver dates;

    public CapturedPage(ArticleAssembler assembler, DateResolver dates) {
        this.assembler = assembler;
        this.dates = dates;
    }

    public Article assemble(String id, String path, String contentHash, WebArchive.Page page, Extracted extracted,
            Consumer<String> warnings) {
        Article article = assembler.assemble(id, path, contentHash, new SourceRecord(path, null, page.url(), null, null),
                extracted, warnings);
        PublicationDate fetched = dates.resolve(
                List.of(new DateResolver.Candidate("the WARC-Date", page.fetched())), warnings).orElse(null);
        return article.withFallbacks(OutletRatings.domainOf(page.url()).orElse(null), fetched);
    }
}
