package broadsheet.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A page Tika parsed as HTML, as its bytes and the character set Tika read them in: a saved .html or .htm file, or
 * the page inside an .mhtml file or a web archive's record. The main-text stage reads it again ({@link WebPageReader}).
 */
record HtmlPage(byte[] bytes, String charset) {

    /** The page as characters, in the character set Tika found for it (UTF-8 when it found none it knows). */
    String html() {
        return new String(bytes, charsetOrUtf8());
    }

    private Charset charsetOrUtf8() {
        try {
            return charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
