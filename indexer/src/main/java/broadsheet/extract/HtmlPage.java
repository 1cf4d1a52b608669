package broadsheet.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * A page Tika parsed as HTML, as its bytes and the character set Tika read them in: a saved .html or .htm file, or
 * the page inside an .mhtml file or a web archive's record. The main-text stage reads it again ({@link WebPageReader}).
 */
record HtmlPage(byte[] bytes, String charset) {

    /** The page as characters, in the character set Tika found for it (UTF-8 when it found none it knows). */
    String html() {
        return new String(bytes, charsetNamed(charset).orElse(StandardCharsets.UTF_8));
    }

    /** The character set of that name; empty when there is no name, or none this JVM knows by it. */
    static Optional<Charset> charsetNamed(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
