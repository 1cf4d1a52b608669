package broadsheet.bench;

import broadsheet.corpus.Corpus;
import broadsheet.corpus.CsvFiles;
import broadsheet.knowledge.CorpusKnowledge;
import broadsheet.knowledge.KnowledgeBase;
import broadsheet.search.LiveIndex;
import broadsheet.search.LocalArchive;
import broadsheet.search.SearchParameters;
import broadsheet.search.SearchRequest;
import broadsheet.search.SearchResult;
import broadsheet.search.SearchUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.demo.IndexFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Scores search quality on a judged query set: every query runs through Broadsheet's search (as the web page runs
 * it) and through Lucene's demo setup, the reference (IndexFiles over each article's title and text as one plain-text
 * file, so one field {@code contents}; StandardAnalyzer, the classic QueryParser with its default OR, BM25), and the
 * top 10 of each are scored against graded judgments: P@10 (grade 1 or 2 counts as relevant) and nDCG@10 (gains
 * 0/1/2, log2 discount, the ideal ranking made of every article judged for the query). An article nobody judged
 * counts as not relevant; the program lists them so that they can be judged and the figures rerun.
 *
 * <p>Judged ids are the articles' file names without extension (the dataset's own ID, the JSON file to read), not
 * Broadsheet's ids, which hash the file's path.
 *
 * <p>Usage: {@code bench/run search-web broadsheet.bench.QueryJudgmentScore INDEX_DIR CORPUS_DIR QUERIES_CSV
 * JUDGMENTS_CSV [pool] [NAME=VALUE...]}: QUERIES_CSV has columns query,need; JUDGMENTS_CSV query,id,grade,note (it
 * may be missing when pooling). With {@code pool} it prints, for each query, the union of both systems' top 10 with
 * each article's title and the start of its text, to judge from, instead of the scores. A NAME=VALUE option is a
 * search parameter added to every Broadsheet search ({@code match=any}). The index must be built from CORPUS_DIR.
 */
public final class QueryJudgmentScore {

    static final int DEPTH = 10;
    /** Enough of an article's text, in the pool, to see what it is about (and where to read on). */
    static final int POOL_TEXT = 500;
    /** How many times a search stopped by its time budget is run before the program gives up. */
    static final int ATTEMPTS = 3;

    record JudgedQuery(String query, String need) {}

    /**
     * One system's answer to a query: the top ids (Broadsheet's ids), how many articles it says match, and which
     * articles those are (Broadsheet's {@code match}: all the words, or any when none has them all).
     */
    record Ranking(List<String> ids, long total, String match) {}

    record Scores(double precision, double ndcg, int unjudged) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: QueryJudgmentScore INDEX_DIR CORPUS_DIR QUERIES_CSV JUDGMENTS_CSV [pool] [NAME=VALUE...]");
            System.exit(2);
        }
        Path indexDir = Path.of(args[0]);
        Corpus corpus = new Corpus(Path.of(args[1]));
        List<JudgedQuery> queries = CsvFiles.read(Path.of(args[2]), "query", "need").stream()
                .map(row -> new JudgedQuery(row.get("query"), row.get("need"))).toList();
        Path judgmentsFile = Path.of(args[3]);
        boolean pool = false;
        Map<String, List<String>> extra = new LinkedHashMap<>();
        for (String option : List.of(args).subList(4, args.length)) {
            int eq = option.indexOf('=');
            if (option.equals("pool")) {
                pool = true;
            } else if (eq > 0) {
                extra.computeIfAbsent(option.substring(0, eq), k -> new ArrayList<>()).add(option.substring(eq + 1));
            } else {
                System.err.println("not an option: " + option + " (pool, or a search parameter NAME=VALUE)");
                System.exit(2);
            }
        }
        Map<String, Map<String, Integer>> judgments = Files.exists(judgmentsFile) ? judgments(judgmentsFile) : Map.of();

        // Broadsheet's id of each article -> its file name without extension, the id a judge reads and writes
        Map<String, String> fileIds = new HashMap<>();
        for (Path file : corpus.articleFiles().files()) {
            String name = file.getFileName().toString();
            fileIds.put(Corpus.idOf(corpus.relativePath(file)), name.substring(0, Math.max(0, name.lastIndexOf('.'))));
        }
        KnowledgeBase knowledgeBase = CorpusKnowledge.load(corpus).entities();
        Path work = Files.createTempDirectory("broadsheet-judged");
        try {
            Path plainText = work.resolve("txt");
            IndexBenchmark.writePlainText(corpus, plainText);
            Path demoIndex = work.resolve("demo-index");
            PrintStream console = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream())); // the demo prints a line per file
            try {
                IndexFiles.main(new String[] {"-index", demoIndex.toString(), "-docs", plainText.toString()});
            } finally {
                System.setOut(console);
            }
            Map<String, Ranking> broadsheet = new LinkedHashMap<>();
            Map<String, Ranking> demo = new LinkedHashMap<>();
            try (LocalArchive search = new LocalArchive(new LiveIndex(indexDir, Duration.ofMinutes(10)), knowledgeBase);
                    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(demoIndex))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // a pass to warm the JIT and the page cache: a cold search on a busy machine can run past the
                // search's time budget, which would stop it
                for (JudgedQuery query : queries) {
                    try {
                        broadsheet(search, query.query(), extra);
                    } catch (SearchUnavailableException outOfTime) {
                        // it runs again below
                    }
                }
                for (JudgedQuery query : queries) {
                    broadsheet.put(query.query(), broadsheet(search, query.query(), extra));
                    demo.put(query.query(), demo(searcher, query.query()));
                }
            }
            if (pool) {
                printPool(queries, broadsheet, demo, fileIds, judgments, plainText);
            } else {
                printScores(queries, broadsheet, demo, fileIds, judgments, plainText);
            }
        } finally {
            IOUtils.rm(work);
        }
    }

    /**
     * The query as the search page runs it, with {@code extra} parameters (e.g. {@code match=any}, to score the
     * loose matching beside the default in one build): the first page of 10, ranked by relevance. A search stopped by
     * the time budget is tried again: this program scores what is found, not how fast, and a shared machine has slow
     * moments.
     */
    static Ranking broadsheet(LocalArchive search, String query, Map<String, List<String>> extra) throws IOException {
        Map<String, List<String>> params = new LinkedHashMap<>(extra);
        params.put(SearchParameters.QUERY, List.of(query));
        params.put(SearchParameters.SIZE, List.of(String.valueOf(DEPTH)));
        SearchRequest request = SearchRequest.fromParameters(params);
        for (int attempt = 1; ; attempt++) {
            try {
                SearchResult result = search.search(request);
                return new Ranking(result.hits().stream().map(hit -> hit.summary().id()).toList(), result.total(),
                        result.match());
            } catch (SearchUnavailableException outOfTime) {
                if (attempt == ATTEMPTS) {
                    throw outOfTime;
                }
                System.err.printf("'%s' ran out of time (attempt %d); again%n", query, attempt);
            }
        }
    }

    /** The query as Lucene's demo SearchFiles runs it. */
    static Ranking demo(IndexSearcher searcher, String query) throws IOException {
        QueryParser parser = new QueryParser("contents", new StandardAnalyzer());
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException notSyntax) {
            // the demo would stop here; a reader's query then searches its words
            try {
                parsed = parser.parse(QueryParser.escape(query));
            } catch (ParseException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        List<String> ids = new ArrayList<>();
        var storedFields = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(parsed, DEPTH).scoreDocs) {
            String file = Path.of(storedFields.document(hit.doc).get("path")).getFileName().toString();
            ids.add(file.substring(0, file.length() - ".txt".length()));
        }
        return new Ranking(ids, searcher.count(parsed), "any");
    }

    /** Grades by query, then by judged id; a later line for the same query and id wins. */
    static Map<String, Map<String, Integer>> judgments(Path file) throws IOException {
        Map<String, Map<String, Integer>> judgments = new HashMap<>();
        CsvFiles.read(file, "query", "id", "grade").forEach(row -> judgments
                .computeIfAbsent(row.get("query"), q -> new HashMap<>())
                .put(row.get("id"), Integer.parseInt(row.get("grade"))));
        return judgments;
    }

    static Scores score(List<String> fileIds, Map<String, Integer> grades) {
        int relevant = 0;
        int unjudged = 0;
        double dcg = 0;
        for (int rank = 0; rank < fileIds.size(); rank++) {
            Integer grade = grades.get(fileIds.get(rank));
            if (grade == null) {
                unjudged++;
            } else {
                relevant += grade > 0 ? 1 : 0;
                dcg += grade / log2(rank + 2);
            }
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idealDcg = 0;
        for (int rank = 0; rank < Math.min(DEPTH, ideal.size()); rank++) {
            idealDcg += ideal.get(rank) / log2(rank + 2);
        }
        return new Scores((double) relevant / DEPTH, idealDcg == 0 ? 0 : dcg / idealDcg, unjudged);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static void printScores(List<JudgedQuery> queries, Map<String, Ranking> broadsheet, Map<String, Ranking> demo,
            Map<String, String> fileIds, Map<String, Map<String, Integer>> judgments, Path plainText) throws IOException {
        System.out.printf("%-52s | %-39s | %-33s%n", "", "Broadsheet", "Lucene demo");
        System.out.printf("%-52s | %6s %7s %9s %5s %8s | %6s %7s %9s %8s%n", "query", "P@10", "nDCG@10", "total",
                "match", "unjudged", "P@10", "nDCG@10", "total", "unjudged");
        double[] sums = new double[4];
        List<String> unjudged = new ArrayList<>();
        for (JudgedQuery query : queries) {
            Map<String, Integer> grades = judgments.getOrDefault(query.query(), Map.of());
            Ranking ours = broadsheet.get(query.query());
            Ranking theirs = demo.get(query.query());
            Scores b = score(ours.ids().stream().map(fileIds::get).toList(), grades);
            Scores d = score(theirs.ids().stream().map(fileIds::get).toList(), grades);
            System.out.printf("%-52s | %6.2f %7.3f %9d %5s %8d | %6.2f %7.3f %9d %8d%n", query.query(), b.precision(),
                    b.ndcg(), ours.total(), ours.match(), b.unjudged(), d.precision(), d.ndcg(), theirs.total(),
                    d.unjudged());
            sums[0] += b.precision();
            sums[1] += b.ndcg();
            sums[2] += d.precision();
            sums[3] += d.ndcg();
            Set<String> pooled = new LinkedHashSet<>(ours.ids());
            pooled.addAll(theirs.ids());
            for (String id : pooled) {
                if (!grades.containsKey(fileIds.get(id))) {
                    unjudged.add("%s,%s,%s".formatted(query.query(), fileIds.get(id), title(plainText, id)));
                }
            }
        }
        int n = queries.size();
        System.out.printf("%nmean over %d queries: Broadsheet P@10 %.3f nDCG@10 %.3f; Lucene demo P@10 %.3f nDCG@10 %.3f%n",
                n, sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n);
        System.out.printf("Broadsheet nDCG@10 / demo nDCG@10 = %.3f%n", sums[1] / sums[3]);
        System.out.println("unjudged in either top 10 (query,id,title): " + unjudged.size());
        unjudged.forEach(line -> System.out.println("  " + line));
    }

    private static void printPool(List<JudgedQuery> queries, Map<String, Ranking> broadsheet, Map<String, Ranking> demo,
            Map<String, String> fileIds, Map<String, Map<String, Integer>> judgments, Path plainText) throws IOException {
        for (JudgedQuery query : queries) {
            Ranking ours = broadsheet.get(query.query());
            Ranking theirs = demo.get(query.query());
            Map<String, Integer> grades = judgments.getOrDefault(query.query(), Map.of());
            System.out.printf("=== %s%n    need: %s%n    Broadsheet total %d (match %s), demo total %d%n", query.query(),
                    query.need(), ours.total(), ours.match(), theirs.total());
            Set<String> pooled = new LinkedHashSet<>(ours.ids());
            pooled.addAll(theirs.ids());
            for (String id : pooled) {
                String text = Files.readString(plainText.resolve(id + ".txt"), StandardCharsets.UTF_8);
                String start = text.substring(text.indexOf("\n\n") + 2).replaceAll("\\s+", " ").strip();
                Integer grade = grades.get(fileIds.get(id));
                System.out.printf("--- %s  [B %s, D %s]%s%n    %s%n    %s%n", fileIds.get(id), rank(ours, id),
                        rank(theirs, id), grade == null ? "" : "  judged " + grade, title(plainText, id),
                        start.substring(0, Math.min(POOL_TEXT, start.length())));
            }
        }
    }

    private static String rank(Ranking ranking, String id) {
        int at = ranking.ids().indexOf(id);
        return at < 0 ? "-" : String.valueOf(at + 1);
    }

    /** The first line of the article's plain text, which is its title. */
    private static String title(Path plainText, String id) throws IOException {
        String text = Files.readString(plainText.resolve(id + ".txt"), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
