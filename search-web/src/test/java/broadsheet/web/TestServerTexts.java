package broadsheet.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

final class TestServerTexts {
    private TestServerTexts() {}

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
