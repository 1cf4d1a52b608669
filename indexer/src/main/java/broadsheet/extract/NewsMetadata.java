package broadsheet.extract;

import org.apache.tika.metadata.Property;

/** Metadata keys our news JSON parser sets beside Tika's own title and creator. */
public final class NewsMetadata {
    public static final Property URL = Property.externalText("news:url");
    public static final Property OUTLET = Property.externalText("news:outlet");
    /** The publication date exactly as the file wrote it; judging it is the enrichment's job. */
    public static final Property PUBLISHED = Property.externalText("news:published");

    private NewsMetadata() {}
}
