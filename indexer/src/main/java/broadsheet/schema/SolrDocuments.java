package broadsheet.schema;

import java.util.Collection;
import java.util.List;
import broadsheet.furniture.Furniture;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * How an {@link Article} becomes a document of Broadsheet's Solr schema (solr/configsets/broadsheet/conf/schema.xml)
 * and back: the SolrCloud counterpart of {@link ArticleSchema}, with the same fields holding the same values, so that
 * the same queries and facets find the same articles on either engine.
 */
public final class SolrDocuments {

    private SolrDocuments() {}

    public static SolrInputDocument toDocument(Article article) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(Fields.ID, article.id());
        doc.setField(Fields.PATH, article.path());
        doc.setField(Fields.CONTENT_HASH, article.contentHash());
        doc.setField(Fields.TITLE, article.title());
        doc.setField(Fields.BODY, article.rankedBody());
        doc.setField(Fields.PARAGRAPHS, List.copyOf(Furniture.keys(article.body(), article.outlet())));
        if (!article.furniture().isEmpty()) {
            doc.setField(Fields.FURNITURE, SetAsideText.encode(article));
            doc.setField(Fields.SET_ASIDE, ArticleSchema.SET_ASIDE_MARK);
        }
        if (article.pageText() != null) {
            doc.setField(Fields.PAGE_TEXT, article.pageText());
        }
        doc.setField(Fields.BIAS, article.bias().label());
        if (article.url() != null) {
            doc.setField(Fields.URL, article.url());
        }
        if (article.outlet() != null) {
            doc.setField(Fields.OUTLET, article.outlet());
        }
        if (!article.authors().isEmpty()) {
            doc.setField(Fields.AUTHORS, article.authors());
        }
        PublicationDate date = article.date();
        if (date != null) {
            doc.setField(Fields.DATE, date.iso());
            doc.setField(Fields.DATE_DAY, date.firstDay().toEpochDay());
            doc.setField(Fields.YEAR, Integer.toString(date.year()));
            if (date.month() != null) {
                doc.setField(Fields.MONTH, "%02d".formatted(date.month()));
            }
        }
        List<ArticleEntity> entities = article.entities().stream().filter(e -> ArticleSchema.isName(e.name())).toList();
        for (ArticleEntity entity : entities) {
            entity.type().facetField().ifPresent(field -> doc.addField(field, entity.name()));
        }
        if (!entities.isEmpty()) {
            doc.setField(Fields.ENTITIES, BytesRef.deepCopyOf(StoredEntities.encode(entities)).bytes);
        }
        return doc;
    }

    public static Article fromDocument(SolrDocument doc) {
        String date = (String) doc.getFirstValue(Fields.DATE);
        Collection<Object> authors = doc.getFieldValues(Fields.AUTHORS);
        byte[] entities = (byte[]) doc.getFirstValue(Fields.ENTITIES);
        Collection<Object> furniture = doc.getFieldValues(Fields.FURNITURE);
        SetAsideText body = SetAsideText.decode((String) doc.getFirstValue(Fields.BODY), furniture == null ? List.of()
                : furniture.stream().map(String.class::cast).toList());
        return new Article(
                (String) doc.getFirstValue(Fields.ID),
                (String) doc.getFirstValue(Fields.PATH),
                (String) doc.getFirstValue(Fields.TITLE),
                body.body(),
                (String) doc.getFirstValue(Fields.URL),
                (String) doc.getFirstValue(Fields.OUTLET),
                Bias.fromLabel((String) doc.getFirstValue(Fields.BIAS)).orElse(Bias.UNRATED),
                date == null ? null : PublicationDate.parseIso(date).orElse(null),
                authors == null ? List.of() : authors.stream().map(String.class::cast).toList(),
                entities == null ? List.of() : StoredEntities.decode(new BytesRef(entities)),
                (String) doc.getFirstValue(Fields.CONTENT_HASH),
                (String) doc.getFirstValue(Fields.PAGE_TEXT),
                body.furniture());
    }
}
