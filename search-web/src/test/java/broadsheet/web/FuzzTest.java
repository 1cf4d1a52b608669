package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of random and hostile queries and parameters, sent byte for byte to the real server: every
 * answer is a 2xx, 3xx or 4xx with no stack trace, never a 5xx. The seed is printed on failure.
 */
class FuzzTest {

    static final int REQUESTS = 3000;
    static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

    static final List<String> HOSTILE = List.of(
            "\"", "\"\"", "\"unclosed", "((((", "))))", "(a|b", "-", "--", "-\"", "|", "||", "+", "*", "**", "a*", "*a",
            "~", "a~", "a~9", "a~-1", "\"a b\"~99999", "\\", "\\\\", "a\\", "&", "%", "%25", "'", "<script>alert(1)</script>",
            "\" onmouseover=\"alert(1)", "javascript:alert(1)", "{{7*7}}", "${7*7}", "{% include 'x' %}", "\u0000", "\uFFFF",
            "\uD800", "🙂🙂", "Zelenskyy", "security guarantees", "Зеленський", "中文", "AND OR NOT", "title:x", "body:*",
            "x".repeat(1000), "x ".repeat(500), "a* ".repeat(300), "\"a\" ".repeat(200), "a~2 ".repeat(250),
            "(".repeat(500), "-a ".repeat(333), "ab* | cd* | ef*", "0", "-1", "9999999999999", "NaN", "null", "[]", "{}");

    static final List<String> PARAMS = List.of("q", "bias", "outlet", "person", "organization", "place", "from", "to",
            "sort", "page", "size", "x", "", "q[]", "%00");

    static final List<String> PATHS = List.of("/api/search", "/search", "/", "/api/articles/", "/articles/", "/health",
            "/static/", "/api/", "/static/../../etc/passwd", "/articles/%2e%2e%2f");

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void noInputYieldsAServerError() throws Exception {
        Random random = new Random(SEED);
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(randomRequest(random));
        }
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> failures = new ArrayList<>();
            for (String request : requests) {
                failures.add(clients.submit(() -> {
                    TestServer.RawResponse response = server.raw(request);
                    boolean fine = response.status() < 500 && !response.body().contains("Exception")
                            && !response.body().contains("\tat ");
                    return fine ? null : response.status() + " for " + request + ": " + response.body();
                }));
            }
            List<String> failed = new ArrayList<>();
            for (Future<String> failure : failures) {
                String message = failure.get();
                if (message != null) {
                    failed.add(message);
                }
            }
            assertTrue(failed.isEmpty(), "seed " + SEED + ": " + failed.size() + " failures, e.g. " + failed.stream().limit(5).toList());
        } finally {
            clients.shutdownNow();
        }
    }

    private static String randomRequest(Random random) {
        String path = PATHS.get(random.nextInt(PATHS.size()));
        if (path.endsWith("/articles/")) {
            return path + encodeSome(random, randomText(random));
        }
        StringBuilder query = new StringBuilder();
        int params = random.nextInt(6);
        for (int i = 0; i < params; i++) {
            if (i > 0) {
                query.append(random.nextInt(20) == 0 ? "&&" : "&");
            }
            query.append(PARAMS.get(random.nextInt(PARAMS.size())));
            if (random.nextInt(15) != 0) {
                query.append('=').append(encodeSome(random, randomText(random)));
            }
        }
        return path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String randomText(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> HOSTILE.get(random.nextInt(HOSTILE.size()));
            case 1 -> Integer.toString(random.nextInt(20_000) - 10_000);
            case 2 -> List.of("relevance", "newest", "oldest", "left", "far-right", "2016", "2016-02", "2016-02-30",
                    "0000", "2016-00", "99999").get(random.nextInt(11));
            case 3 -> HOSTILE.get(random.nextInt(HOSTILE.size())) + " " + HOSTILE.get(random.nextInt(HOSTILE.size()));
            default -> {
                int length = random.nextInt(random.nextInt(10) == 0 ? 1200 : 40);
                String alphabet = "abcdefghijklmnopqrstuvwxyz \"-|*~()+\\&=%#?/";
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    int kind = random.nextInt(10);
                    text.appendCodePoint(kind < 6 ? alphabet.charAt(random.nextInt(alphabet.length()))
                            : kind < 9 ? 32 + random.nextInt(95) : random.nextInt(0x1F600));
                }
                yield text.toString();
            }
        };
    }

    /** Percent-encodes the text, mostly properly, sometimes leaving raw or broken escapes in. */
    private static String encodeSome(Random random, String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (plain || (c > 32 && c < 127 && c != '#' && random.nextInt(8) == 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        if (random.nextInt(30) == 0) {
            out.append(random.nextBoolean() ? "%" : "%G1");
        }
        return out.toString();
    }
}
