package broadsheet.schema;

/** Every field name of the index, written once. */
public final class Fields {
    /** Stable id derived from the path relative to the corpus; the key of updates and deletes. */
    public static final String ID = "id";
    /** Path relative to the corpus folder, with forward slashes. */
    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** The whole text of a web page whose main text is the body; stored, not searched, absent for other files. */
    public static final String PAGE_TEXT = "page_text";
    public static final String URL = "url";
    public static final String OUTLET = "outlet";
    public static final String BIAS = "bias";
    public static final String AUTHORS = "authors";
    /** ISO 8601 with its precision (2025, 2025-02, 2025-02-14); absent when unknown. */
    public static final String DATE = "date";
    /** First day of {@link #DATE} as epoch day: points for ranges, doc values for sorting. */
    public static final String DATE_DAY = "date_day";
    /** Hierarchical facet: year, then month. */
    public static final String YEAR = "year";
    /**
     * On SolrCloud, the second level of {@link #YEAR} as a field of its own ("02"), counted as a facet nested in the
     * year's; the local index keeps it in the year's hierarchy.
     */
    public static final String MONTH = "month";
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String PLACE = "place";
    /** The article's entities with their mention offsets, stored as {@link StoredEntities} writes them. */
    public static final String ENTITIES = "entities";
    /** Hash of the file and of what the archive says about it, for incremental updates. */
    public static final String CONTENT_HASH = "content_hash";
    /** The keys of the body's paragraphs (broadsheet.furniture.Furniture#keys): counted to find page furniture. */
    public static final String PARAGRAPHS = "paragraphs";
    /** Marks an article with furniture set aside: found again when furniture stops being frequent. */
    public static final String SET_ASIDE = "set_aside";
    /** The set-aside paragraphs, stored only: the body field holds blanks in their place (see SetAside). */
    public static final String FURNITURE = "furniture";

    private Fields() {}
}
