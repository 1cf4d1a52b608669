package broadsheet.index;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.knowledge.NameText;
import broadsheet.schema.Article;
import broadsheet.schema.ArticleEntity;
import broadsheet.schema.EntityType;
import broadsheet.schema.Fields;
import broadsheet.schema.Mention;
import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names the index holds that the knowledge base does not know, most often named first: what an
 * archivist might add to corpus/entities.csv.
 */
public final class NameSuggestions {

    /**
     * An unknown name: the type the linker guessed in most of the articles where it guessed one, how often the corpus
     * names it, and one sentence that does.
     */
    public record Suggestion(String name, String type, int mentions, int articles, String example) {}

    private static final int MAX_EXAMPLE = 240;

    private NameSuggestions() {}

    /** Every unknown name with at least {@code minMentions} mentions in the index, most mentioned first. */
    public static List<Suggestion> of(IndexedArchive archive, KnowledgeBase knowledgeBase, int minMentions)
            throws IOException {
        Map<String, Tally> byKey = new HashMap<>();
        archive.forEachArticle(article -> {
            for (ArticleEntity entity : article.entities()) {
                if (!knowledgeBase.knows(entity.name())) {
                    byKey.computeIfAbsent(NameText.key(entity.name()), k -> new Tally()).add(article, entity);
                }
            }
        });
        return byKey.values().stream()
                .filter(t -> t.mentions >= minMentions)
                .map(Tally::suggestion)
                .sorted(Comparator.comparingInt(Suggestion::mentions).reversed().thenComparing(Suggestion::name))
                .toList();
    }

    /** One unknown name's counts so far; its example comes from the first article by path, whatever the index order. */
    private static final class Tally {
        int mentions;
        int articles;
        final Map<EntityType, Integer> articlesByType = new EnumMap<>(EntityType.class);
        Article example;
        ArticleEntity exampleEntity;

        void add(Article article, ArticleEntity entity) {
            mentions += entity.mentionCount();
            articles++;
            articlesByType.merge(entity.type(), 1, Integer::sum);
            if (example == null || article.path().compareTo(example.path()) < 0) {
                example = article;
                exampleEntity = entity;
            }
        }

        Suggestion suggestion() {
            EntityType type = articlesByType.entrySet().stream()
                    .filter(guess -> guess.getKey() != EntityType.OTHER)
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(EntityType.OTHER);
            return new Suggestion(exampleEntity.name(), type.label(), mentions, articles,
                    sentenceAround(example, exampleEntity.mentions().getFirst()));
        }
    }

    /** The sentence a mention stands in, shortened around it when long. */
    static String sentenceAround(Article article, Mention mention) {
        String text = mention.field().equals(Fields.TITLE) ? article.title() : article.body();
        int start = mention.start();
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = mention.end();
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        start = Math.max(start, mention.start() - MAX_EXAMPLE / 2);
        end = Math.min(end, mention.end() + MAX_EXAMPLE / 2);
        return text.substring(start, end).strip().replaceAll("\\s+", " ");
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?')
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
