package broadsheet.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzerTest {

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = new NewsAnalyzer(); TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void curlyAndStraightPossessivesMeanTheSameWord() throws IOException {
        assertEquals(terms("Ukraine"), terms("Ukraine’s"));
        assertEquals(terms("Ukraine"), terms("Ukraine's"));
    }

    @Test
    void pluralsAndSingularsMatch() throws IOException {
        assertEquals(terms("security guarantee"), terms("security guarantees"));
        assertEquals(terms("mineral"), terms("minerals"));
    }

    @Test
    void diacriticsAndCaseAreFolded() throws IOException {
        assertEquals(terms("zelenskyy"), terms("Zelénskyy"));
        assertEquals(List.of("kyiv"), terms("KYIV"));
    }

    @Test
    void stopWordsAreDropped() throws IOException {
        assertEquals(List.of("deal"), terms("the deal"));
    }
}
