package broadsheet.furniture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What counts as page furniture: a paragraph ({@link Paragraphs}) repeated in at least {@value #OUTLET_ARTICLES}
 * articles of one outlet, or in at least {@value #ARCHIVE_ARTICLES} articles of the whole archive.
 *
 * <p>The thresholds come from the 37,554-article dataset (README, "Page furniture"): paragraphs repeated in 5 to 9
 * articles of an outlet are still bylines, photo credits, newsletter blurbs and digest teasers, while at 3 and 4 the
 * same story filed twice starts to lose its text; across outlets a paragraph in 10 to 20 articles may be a wire
 * story's, which is news, while 25 and more are widgets and credits.
 *
 * <p>Counting works on keys, indexed with each article: an archive key per paragraph, and an outlet key per
 * paragraph and outlet, so that the index can count both with one field's document frequencies.
 */
public final class Furniture {

    public static final int OUTLET_ARTICLES = 5;
    public static final int ARCHIVE_ARTICLES = 25;
    /** The fewest articles any key must be in to be furniture: what a count of keys may start from. */
    public static final int FEWEST_ARTICLES = Math.min(OUTLET_ARTICLES, ARCHIVE_ARTICLES);

    private static final char ARCHIVE = 'a';
    private static final char OUTLET = 'o';

    private Furniture() {}

    /** The keys of a body's paragraphs, each once, as the index holds them for counting. */
    public static Set<String> keys(String body, String outlet) {
        Set<String> keys = new LinkedHashSet<>();
        for (Paragraph paragraph : Paragraphs.of(body)) {
            keys.add(archiveKey(paragraph.fingerprint()));
            if (outlet != null) {
                keys.add(outletKey(outlet, paragraph.fingerprint()));
            }
        }
        return keys;
    }

    static String archiveKey(long fingerprint) {
        return ARCHIVE + Long.toHexString(fingerprint);
    }

    static String outletKey(String outlet, long fingerprint) {
        return OUTLET + Integer.toHexString(outlet.hashCode()) + "-" + Long.toHexString(fingerprint);
    }

    /** Whether a key held by {@code articles} articles makes its paragraph furniture. */
    public static boolean isFurniture(String key, int articles) {
        return articles >= (key.charAt(0) == ARCHIVE ? ARCHIVE_ARTICLES : OUTLET_ARTICLES);
    }

    /**
     * The paragraphs of a body that are furniture, given how many articles hold each key that is (keys that are not
     * may be missing): the archive's reason before the outlet's, as it is the stronger one.
     */
    public static List<SetAside> setAside(String body, String outlet, Map<String, Integer> furnitureKeys) {
        List<SetAside> setAside = new ArrayList<>();
        for (Paragraph paragraph : Paragraphs.of(body)) {
            Integer archive = furnitureKeys.get(archiveKey(paragraph.fingerprint()));
            Integer inOutlet = outlet == null ? null : furnitureKeys.get(outletKey(outlet, paragraph.fingerprint()));
            if (archive != null && archive >= ARCHIVE_ARTICLES) {
                setAside.add(new SetAside(paragraph.start(), paragraph.end(), archive, SetAside.Scope.ARCHIVE));
            } else if (inOutlet != null && inOutlet >= OUTLET_ARTICLES) {
                setAside.add(new SetAside(paragraph.start(), paragraph.end(), inOutlet, SetAside.Scope.OUTLET));
            }
        }
        return setAside;
    }
}
