package broadsheet.extract;

import org.apache.tika.metadata.Metadata;

/** What Tika read from one file: its plain text, its metadata and the media type it detected. */
public record Extracted(String text, Metadata metadata, String mediaType) {}
