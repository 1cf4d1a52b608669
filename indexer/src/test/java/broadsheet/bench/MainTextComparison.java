package broadsheet.bench;

import broadsheet.extract.Extracted;
import broadsheet.extract.Extractor;
import broadsheet.testing.NewsPages;
import broadsheet.testing.NewsPages.Layout;
import broadsheet.testing.NewsPages.NewsPage;
import de.l3s.boilerpipe.BoilerpipeExtractor;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.DefaultExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.jsoup.Jsoup;

/**
 * Weighs main-text extractors on the pages {@link NewsPages} writes (every layout, PAGES seeds each, written to a
 * folder and read back as files): the whole page's text as Tika reads it (what Broadsheet indexed before), Readability
 * alone (readability4j), boilerpipe's two extractors fed by Tika's HTML parser as Tika's BoilerpipeContentHandler fed
 * them, and Broadsheet's extraction (Readability after its furniture rules, with the fallback). Prints, per layout and
 * over all, token precision, recall and F1 of the text against the article's passages (the measure of the
 * article-extraction benchmarks), and how many furniture passages each let through.
 *
 * <p>Usage: {@code bench/run indexer broadsheet.bench.MainTextComparison [PAGES_PER_LAYOUT]}
 */
public final class MainTextComparison {

    record Score(double precision, double recall, int furnitureKept, int furniture) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        Path folder = Files.createTempDirectory("broadsheet-pages");
        try (Extractor extractor = new Extractor(Duration.ofSeconds(60))) {
            Map<String, Function<byte[], String>> extractors = new LinkedHashMap<>();
            extractors.put("whole page text (Tika, before)", html -> whole(extractor, html));
            extractors.put("readability4j alone", MainTextComparison::readability);
            extractors.put("boilerpipe ArticleExtractor", html -> boilerpipe(html, ArticleExtractor.INSTANCE));
            extractors.put("boilerpipe DefaultExtractor", html -> boilerpipe(html, DefaultExtractor.INSTANCE));
            extractors.put("Broadsheet (readability4j + rules)", html -> extract(extractor, html).text());

            Map<String, List<Score>> all = new LinkedHashMap<>();
            System.out.printf("%-36s %-17s %6s %6s %6s %10s%n", "extractor", "layout", "P", "R", "F1", "furniture");
            for (Layout layout : Layout.values()) {
                List<NewsPage> written = new ArrayList<>();
                List<byte[]> files = new ArrayList<>();
                for (int seed = 0; seed < pages; seed++) {
                    NewsPage page = NewsPages.page(layout, seed);
                    Path file = folder.resolve(layout.name().toLowerCase(Locale.ROOT) + "-" + seed + ".html");
                    Files.writeString(file, page.html());
                    written.add(page);
                    files.add(Files.readAllBytes(file));
                }
                for (Map.Entry<String, Function<byte[], String>> named : extractors.entrySet()) {
                    List<Score> scores = new ArrayList<>();
                    for (int i = 0; i < written.size(); i++) {
                        scores.add(score(named.getValue().apply(files.get(i)), written.get(i)));
                    }
                    all.computeIfAbsent(named.getKey(), k -> new ArrayList<>()).addAll(scores);
                    print(named.getKey(), layout.name(), scores);
                }
            }
            System.out.println();
            all.forEach((name, scores) -> print(name, "all layouts", scores));
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static void print(String name, String layout, List<Score> scores) {
        double p = scores.stream().mapToDouble(Score::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(Score::recall).average().orElse(0);
        double f = scores.stream().mapToDouble(Score::f1).average().orElse(0);
        int kept = scores.stream().mapToInt(Score::furnitureKept).sum();
        int furniture = scores.stream().mapToInt(Score::furniture).sum();
        System.out.printf("%-36s %-17s %6.3f %6.3f %6.3f %4d / %-4d%n", name, layout, p, r, f, kept, furniture);
    }

    /** Token precision and recall of the text against the article's passages, with counts (a bag of words). */
    static Score score(String text, NewsPage page) {
        Map<String, Integer> expected = tokens(page.articleText());
        Map<String, Integer> got = tokens(text);
        int overlap = 0;
        for (Map.Entry<String, Integer> token : got.entrySet()) {
            overlap += Math.min(token.getValue(), expected.getOrDefault(token.getKey(), 0));
        }
        int gotCount = got.values().stream().mapToInt(Integer::intValue).sum();
        int expectedCount = expected.values().stream().mapToInt(Integer::intValue).sum();
        String flat = flat(text);
        int kept = (int) page.furniture().stream().filter(passage -> flat.contains(flat(passage))).count();
        return new Score(gotCount == 0 ? 0 : (double) overlap / gotCount, (double) overlap / expectedCount, kept,
                page.furniture().size());
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Extracted extract(Extractor extractor, byte[] html) {
        try {
            return extractor.extract(html, "page.html");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String whole(Extractor extractor, byte[] html) {
        Extracted extracted = extract(extractor, html);
        return extracted.pageText() == null ? extracted.text() : extracted.pageText();
    }

    private static String readability(byte[] html) {
        var article = new Readability4JExtended("", Jsoup.parse(new String(html, StandardCharsets.UTF_8))).parse();
        return article.getTextContent() == null ? "" : article.getTextContent();
    }

    /** Tika's HTML parser with every element passed on, into boilerpipe's SAX handler. */
    private static String boilerpipe(byte[] html, BoilerpipeExtractor extractor) {
        try {
            BoilerpipeHTMLContentHandler handler = new BoilerpipeHTMLContentHandler();
            ParseContext context = new ParseContext();
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
            new JSoupParser().parse(new ByteArrayInputStream(html), handler, new Metadata(), context);
            TextDocument document = handler.toTextDocument();
            extractor.process(document);
            return document.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
