package broadsheet.schema;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import broadsheet.furniture.Furniture;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** How an {@link Article} becomes a Lucene document and back: the one place that knows the fields' types. */
public final class ArticleSchema {

    /** Changes whenever documents written by older code would be read wrongly; forces a reindex. */
    public static final String VERSION = "5";

    /**
     * The name of the schema in Broadsheet's Solr configset (solr/configsets/broadsheet/conf/schema.xml): how a
     * client tells a collection with Broadsheet's schema, at this {@link #VERSION}, from any other.
     */
    public static final String SOLR_SCHEMA_NAME = "broadsheet-" + VERSION;

    /**
     * The longest name the index takes, in characters: an outlet's, an author's, an entity's. The longest real ones
     * ("Office of the United Nations High Commissioner for Human Rights") have about half as many; a longer "name" is
     * a paragraph that a scraper or the linker took for one (a wire story in capitals reads as one long name), and
     * Lucene refuses a facet value of 8,191 characters and more. Names beyond this are dropped, not cut: half a
     * paragraph is no better a name.
     */
    public static final int MAX_NAME_LENGTH = 120;

    /** The one term of {@link Fields#SET_ASIDE}: the article has some furniture set aside. */
    public static final String SET_ASIDE_MARK = "yes";

    /** Facet dimensions, all counted from sorted-set doc values in the main index (no side index). */
    public static final List<String> FACETS =
            List.of(Fields.BIAS, Fields.OUTLET, Fields.YEAR, Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE);

    private static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    static {
        FACETS_CONFIG.setHierarchical(Fields.YEAR, true);
        for (String dim : List.of(Fields.PERSON, Fields.ORGANIZATION, Fields.PLACE)) {
            FACETS_CONFIG.setMultiValued(dim, true);
            // drill-down by name only ("person" = "Donald Trump"): a term per value, none for the dimension alone
            FACETS_CONFIG.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
    }

    /** Title and body: analysed, stored, with positions and offsets for phrases and highlighting. */
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private ArticleSchema() {}

    public static FacetsConfig facetsConfig() {
        return FACETS_CONFIG;
    }

    public static Term idTerm(String id) {
        return new Term(Fields.ID, id);
    }

    public static Document toDocument(Article article) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(article.id())));
        doc.add(new StringField(Fields.PATH, article.path(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.CONTENT_HASH, new BytesRef(article.contentHash())));
        doc.add(new StoredField(Fields.CONTENT_HASH, article.contentHash()));
        doc.add(new Field(Fields.TITLE, article.title(), TEXT));
        doc.add(new Field(Fields.BODY, article.rankedBody(), TEXT));
        for (String key : Furniture.keys(article.body(), article.outlet())) {
            doc.add(new StringField(Fields.PARAGRAPHS, key, Field.Store.NO));
        }
        for (String stored : SetAsideText.encode(article)) {
            doc.add(new StoredField(Fields.FURNITURE, stored));
        }
        if (!article.furniture().isEmpty()) {
            doc.add(new StringField(Fields.SET_ASIDE, ArticleSchema.SET_ASIDE_MARK, Field.Store.NO));
        }
        if (article.pageText() != null) {
            doc.add(new StoredField(Fields.PAGE_TEXT, article.pageText()));
        }
        doc.add(new StoredField(Fields.BIAS, article.bias().label()));
        doc.add(new SortedSetDocValuesFacetField(Fields.BIAS, article.bias().label()));
        if (article.url() != null) {
            doc.add(new StoredField(Fields.URL, article.url()));
        }
        if (article.outlet() != null) {
            doc.add(new StoredField(Fields.OUTLET, article.outlet()));
            doc.add(new SortedSetDocValuesFacetField(Fields.OUTLET, article.outlet()));
        }
        for (String author : article.authors()) {
            doc.add(new StoredField(Fields.AUTHORS, author));
        }
        PublicationDate date = article.date();
        if (date != null) {
            doc.add(new StoredField(Fields.DATE, date.iso()));
            doc.add(new LongField(Fields.DATE_DAY, date.firstDay().toEpochDay(), Field.Store.NO));
            String year = Integer.toString(date.year());
            doc.add(date.month() == null
                    ? new SortedSetDocValuesFacetField(Fields.YEAR, year)
                    : new SortedSetDocValuesFacetField(Fields.YEAR, year, "%02d".formatted(date.month())));
        }
        List<ArticleEntity> entities = article.entities().stream().filter(e -> isName(e.name())).toList();
        for (ArticleEntity entity : entities) {
            entity.type().facetField().ifPresent(dim -> doc.add(new SortedSetDocValuesFacetField(dim, entity.name())));
        }
        if (!entities.isEmpty()) {
            doc.add(new StoredField(Fields.ENTITIES, StoredEntities.encode(entities)));
        }
        return FACETS_CONFIG.build(doc);
    }

    /** Whether the index takes {@code name} as an outlet, author or entity: no longer than {@link #MAX_NAME_LENGTH}. */
    public static boolean isName(String name) {
        return name.length() <= MAX_NAME_LENGTH;
    }

    public static Article fromDocument(Document doc) {
        String date = doc.get(Fields.DATE);
        SetAsideText body = SetAsideText.decode(doc.get(Fields.BODY), Arrays.asList(doc.getValues(Fields.FURNITURE)));
        return new Article(
                doc.get(Fields.ID),
                doc.get(Fields.PATH),
                doc.get(Fields.TITLE),
                body.body(),
                doc.get(Fields.URL),
                doc.get(Fields.OUTLET),
                Bias.fromLabel(doc.get(Fields.BIAS)).orElse(Bias.UNRATED),
                date == null ? null : PublicationDate.parseIso(date).orElse(null),
                Arrays.asList(doc.getValues(Fields.AUTHORS)),
                entities(doc.getBinaryValue(Fields.ENTITIES)),
                doc.get(Fields.CONTENT_HASH),
                doc.get(Fields.PAGE_TEXT),
                body.furniture());
    }

    private static List<ArticleEntity> entities(BytesRef stored) {
        return stored == null ? List.of() : StoredEntities.decode(stored);
    }
}
