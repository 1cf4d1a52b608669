package broadsheet.search;

import broadsheet.schema.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of the query's words each article of a page lacks, as a search engine's "Missing: …" says under a result
 * that has only some of them. Each engine says which of the page's articles a word's query finds.
 */
final class MissingWords {

    /** Finds which of {@code ids} the query {@code word} matches. */
    @FunctionalInterface
    interface Finder {
        Set<String> having(QueryWord word, List<String> ids) throws IOException;
    }

    private MissingWords() {}

    /** For each article in turn, the words (as typed) it lacks; empty lists when {@code words} is empty. */
    static List<List<String>> of(List<QueryWord> words, List<Article> articles, Finder finder) throws IOException {
        List<String> ids = articles.stream().map(Article::id).toList();
        List<List<String>> missing = new ArrayList<>();
        ids.forEach(id -> missing.add(new ArrayList<>()));
        for (QueryWord word : words) {
            Set<String> having = finder.having(word, ids);
            for (int i = 0; i < ids.size(); i++) {
                if (!having.contains(ids.get(i))) {
                    missing.get(i).add(word.text());
                }
            }
        }
        return missing;
    }
}
