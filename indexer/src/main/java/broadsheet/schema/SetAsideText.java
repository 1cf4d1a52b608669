package broadsheet.schema;

import broadsheet.furniture.SetAside;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's body as both engines store it: the ranked body, blanks in place of the furniture, in the body field,
 * and each set-aside paragraph in the furniture field as "start articles scope text", from which the whole body is
 * put back together. So the stored body is the text that is searched and highlighted, with the same offsets.
 */
record SetAsideText(String body, List<SetAside> furniture) {

    static List<String> encode(Article article) {
        return article.furniture().stream().map(paragraph -> paragraph.start() + " " + paragraph.articles() + " "
                + paragraph.scope().label() + " " + article.body().substring(paragraph.start(), paragraph.end()))
                .toList();
    }

    static SetAsideText decode(String rankedBody, List<String> stored) {
        if (stored.isEmpty() || rankedBody == null) {
            return new SetAsideText(rankedBody, List.of());
        }
        char[] body = rankedBody.toCharArray();
        List<SetAside> furniture = new ArrayList<>(stored.size());
        for (String paragraph : stored) {
            furniture.add(decode(paragraph, body));
        }
        return new SetAsideText(new String(body), furniture);
    }

    /** One stored paragraph, its text written back into {@code body}. */
    private static SetAside decode(String stored, char[] body) {
        int first = stored.indexOf(' ');
        int second = stored.indexOf(' ', first + 1);
        int third = stored.indexOf(' ', second + 1);
        int start = Integer.parseInt(stored, 0, first, 10);
        int articles = Integer.parseInt(stored, first + 1, second, 10);
        SetAside.Scope scope = SetAside.Scope.valueOf(stored.substring(second + 1, third).toUpperCase(Locale.ROOT));
        String text = stored.substring(third + 1);
        text.getChars(0, text.length(), body, start);
        return new SetAside(start, start + text.length(), articles, scope);
    }
}
