package broadsheet.schema;

import broadsheet.furniture.SetAside;
import java.util.Arrays;
import java.util.List;

/**
 * One news article as the index holds it. {@code url}, {@code outlet} and {@code date} are null when
 * unknown; the bias is {@link Bias#UNRATED} when the outlet has no rating. {@code pageText} is the whole text of the
 * web page whose main text is the body, kept (not searched) so that nothing is lost when that extraction is wrong;
 * null when the body is the file's whole text. {@code body} is the whole article; the paragraphs of it in
 * {@code furniture}, in text order, are page furniture, left out of its {@link #rankedBody}.
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
        String contentHash,
        String pageText,
        List<SetAside> furniture) {

    public Article {
        authors = List.copyOf(authors);
        entities = List.copyOf(entities);
        furniture = List.copyOf(furniture);
    }

    /** An article with nothing set aside, as the files give it. */
    public Article(String id, String path, String title, String body, String url, String outlet, Bias bias,
            PublicationDate date, List<String> authors, List<ArticleEntity> entities, String contentHash,
            String pageText) {
        this(id, path, title, body, url, outlet, bias, date, authors, entities, contentHash, pageText, List.of());
    }

    public Article withEntities(List<ArticleEntity> linked) {
        return new Article(id, path, title, body, url, outlet, bias, date, authors, linked, contentHash, pageText,
                furniture);
    }

    /** The article with the outlet and the date it lacks, where it lacks them; a found one is kept. */
    public Article withFallbacks(String fallbackOutlet, PublicationDate fallbackDate) {
        return new Article(id, path, title, body, url, outlet != null ? outlet : fallbackOutlet, bias,
                date != null ? date : fallbackDate, authors, entities, contentHash, pageText, furniture);
    }

    public Article withFurniture(List<SetAside> setAside) {
        return new Article(id, path, title, body, url, outlet, bias, date, authors, entities, contentHash, pageText,
                setAside);
    }

    /**
     * The body with its furniture blanked out, space for character: what is ranked, searched for passages and
     * linked, with every offset into it an offset into {@link #body} too.
     */
    public String rankedBody() {
        if (furniture.isEmpty()) {
            return body;
        }
        char[] text = body.toCharArray();
        for (SetAside paragraph : furniture) {
            Arrays.fill(text, paragraph.start(), paragraph.end(), ' ');
        }
        return new String(text);
    }

    public int words() {
        return countWords(body);
    }

    /** The words in a text: its runs of letters and digits. */
    public static int countWords(String text) {
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
