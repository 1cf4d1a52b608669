package broadsheet.index;

import broadsheet.schema.Article;
import broadsheet.furniture.SetAside;

/**
 * How much of the archive is set aside as page furniture: paragraphs, the articles that have any, and their
 * characters, also as a share of all the bodies' characters.
 */
public record FurnitureStats(int paragraphs, int articles, long characters, double share) {

    /** Counts the furniture of every article of an archive. */
    static FurnitureStats of(IndexedArchive archive) throws java.io.IOException {
        long[] counts = new long[4]; // paragraphs, articles, set-aside characters, all characters
        archive.forEachArticle(article -> add(article, counts));
        return new FurnitureStats(Math.toIntExact(counts[0]), Math.toIntExact(counts[1]), counts[2],
                counts[3] == 0 ? 0 : (double) counts[2] / counts[3]);
    }

    private static void add(Article article, long[] counts) {
        counts[0] += article.furniture().size();
        counts[1] += article.furniture().isEmpty() ? 0 : 1;
        for (SetAside paragraph : article.furniture()) {
            counts[2] += paragraph.end() - paragraph.start();
        }
        counts[3] += article.body().length();
    }
}
