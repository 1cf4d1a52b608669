package broadsheet.extract;

import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/** A file format as an archivist knows it, with its article: "a PDF", "an Office Open XML Document". */
final class FileFormat {

    /** Capitals read as letters whose names start with a vowel sound: an HTML page, an SVG, a PDF. */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    private FileFormat() {}

    /** The format of a detected media type, by Tika's own name for it; empty when nothing was detected. */
    static Optional<String> of(String mediaType) {
        MediaType type = mediaType == null ? null : MediaType.parse(mediaType);
        if (type == null || type.equals(MediaType.OCTET_STREAM)) {
            return Optional.empty();
        }
        if (type.getBaseType().equals(NewsJson.MEDIA_TYPE)) {
            return Optional.of("a news JSON file");
        }
        MimeType known = registered(type);
        String name = known == null ? "" : !known.getAcronym().isEmpty() ? known.getAcronym() : known.getDescription();
        return Optional.of(withArticle(name.isEmpty() ? type.getBaseType() + " file" : name));
    }

    private static MimeType registered(MediaType type) {
        try {
            return MimeTypes.getDefaultMimeTypes().getRegisteredMimeType(type.getBaseType().toString());
        } catch (MimeTypeException e) {
            return null;
        }
    }

    private static String withArticle(String name) {
        char first = name.charAt(0);
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        boolean vowel = acronym ? VOWEL_SOUND_LETTERS.indexOf(first) >= 0 : "AEIOUaeiou".indexOf(first) >= 0;
        return (vowel ? "an " : "a ") + name;
    }
}
