package broadsheet.schema;

import java.util.List;

/**
 * One news article as the index holds it. {@code url}, {@code outlet} and {@code date} are null when
 * unknown; the bias is {@link Bias#UNRATED} when the outlet has no rating.
 */
public record Article(
        String id,
        String path,
        String title,
        String body,
        String url,
        String outlet,
        Bias bias,
        PublicationDate date,
        List<String> authors,
        List<ArticleEntity> entities,
        String contentHash) {

    public Article {
        authors = List.copyOf(authors);
        entities = List.copyOf(entities);
    }

    public Article withEntities(List<ArticleEntity> linked) {
        return new Article(id, path, title, body, url, outlet, bias, date, authors, linked, contentHash);
    }

    /** The article with the outlet and the date it lacks, where it lacks them; a found one is kept. */
    public Article withFallbacks(String fallbackOutlet, PublicationDate fallbackDate) {
        return new Article(id, path, title, body, url, outlet != null ? outlet : fallbackOutlet, bias,
                date != null ? date : fallbackDate, authors, entities, contentHash);
    }

    public int words() {
        return countWords(body);
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
