package broadsheet.corpus;

import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Text as it is printed for the archivist: control characters, line and paragraph separators and the marks that
 * reorder text on screen are written as Java escapes, so that a file's name can neither forge lines of a report
 * nor disguise itself. A backslash stays as it is: Windows paths are full of them.
 */
public final class PrintedText {

    private static final CharSequenceTranslator ESCAPES = new AggregateTranslator(
            new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
            JavaUnicodeEscaper.between(0x00, 0x1f),
            JavaUnicodeEscaper.between(0x7f, 0x9f),
            JavaUnicodeEscaper.between(0x061c, 0x061c),
            JavaUnicodeEscaper.between(0x200e, 0x200f),
            JavaUnicodeEscaper.between(0x2028, 0x202e),
            JavaUnicodeEscaper.between(0x2066, 0x2069));

    private PrintedText() {}

    public static String of(String text) {
        return text == null ? null : ESCAPES.translate(text);
    }
}
