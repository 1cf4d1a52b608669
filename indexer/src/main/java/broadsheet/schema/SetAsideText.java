package broadsheet.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's body as both engines store it: the ranked body, blanks in place of the furniture, in the body field,
 * and each set-aside paragraph in the furniture field ({@link SetAside#encode}), from which the whole body is put
 * back together. So the stored body is the text that is searched and highlighted, with the same offsets.
 */
record SetAsideText(String body, List<SetAside> furniture) {

    static List<String> encode(Article article) {
        return article.furniture().stream().map(paragraph -> paragraph.encode(article.body())).toList();
    }

    static SetAsideText decode(String rankedBody, List<String> stored) {
        if (stored.isEmpty() || rankedBody == null) {
            return new SetAsideText(rankedBody, List.of());
        }
        char[] body = rankedBody.toCharArray();
        List<SetAside> furniture = new ArrayList<>(stored.size());
        for (String paragraph : stored) {
            furniture.add(SetAside.decode(paragraph, body));
        }
        return new SetAsideText(new String(body), furniture);
    }
}
