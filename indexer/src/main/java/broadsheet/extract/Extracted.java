package broadsheet.extract;

import org.apache.tika.metadata.Metadata;

/**
 * What Tika read from one file: the text to index, its metadata and the media type it detected. For a web page whose
 * article was found, {@code text} is the article's main text and {@code pageText} the whole page's, kept so that
 * nothing is lost when the extraction is wrong; otherwise {@code text} is the file's whole text and {@code pageText}
 * null.
 */
public record Extracted(String text, Metadata metadata, String mediaType, String pageText) {

    /** A file whose whole text is indexed. */
    public Extracted(String text, Metadata metadata, String mediaType) {
        this(text, metadata, mediaType, null);
    }
}
