package broadsheet.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The words that tell a name's kind, or that it is no name at all. All sets hold {@link NameText#key}s. */
final class Vocabulary {

    /** Words that are never a name's first word; see function-words.txt. */
    static final Set<String> FUNCTION_WORDS = load("function-words.txt");

    /** Lower-case words that may stand inside a name: "Azovstal Iron and Steel Works", "Bank of America". */
    static final Set<String> CONNECTORS =
            Set.of("of", "and", "the", "for", "de", "du", "da", "del", "der", "van", "von", "al", "bin", "la", "le");

    /** Titles: the name after one is a person's ("President X", "Secretary of State X"). */
    static final Set<String> TITLES = Set.of("president", "secretary", "minister", "senator", "sen", "sens", "rep",
            "reps", "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "chancellor",
            "ambassador", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "general", "gen", "judge", "justice", "counsel",
            "adviser", "advisor",
            "chairman", "chairwoman", "speaker", "spokesman", "spokeswoman", "spokesperson", "director",
            "attorney", "prosecutor", "envoy", "commander", "colonel", "col", "lt", "sgt", "captain", "capt", "admiral",
            "pope", "premier", "leader", "deputy", "chief", "prof", "professor", "reverend", "rev", "analyst",
            "correspondent", "reporter", "columnist");

    /** A name ending in one of these is an organisation's. */
    static final Set<String> ORGANIZATION_ENDINGS = Set.of("ministry", "department", "council", "fund", "committee",
            "commission", "agency", "bank", "party", "corporation", "corp", "company", "co", "inc", "ltd", "llc",
            "group", "institute", "university", "college", "school", "court", "church", "union", "association",
            "foundation", "service", "services", "office", "administration", "works", "army", "navy", "forces",
            "parliament", "senate", "assembly", "bureau", "authority", "organization", "organisation", "coalition",
            "campaign", "caucus", "board", "center", "centre", "network", "news", "times", "post", "journal",
            "tribune", "herald", "press", "magazine", "review", "television", "radio", "airlines", "holdings",
            "industries", "technologies", "bloc", "movement", "front", "alliance", "federation", "club", "team",
            "patrol", "force", "guard", "reserve", "enforcement", "centers", "monitor");

    /** A name of two words or more starting with one of these is a place's: "San Diego", "Las Vegas", "St. Louis". */
    static final Set<String> PLACE_STARTS = Set.of("san", "santa", "las", "los", "st", "des", "fort", "puerto", "mount",
            "mt");

    /**
     * Caption and credit words: a "name" ending in one is page furniture, a caption's button or a photo's credit
     * ("Hide Caption", "Replay More Videos", "FILE PHOTO", "Getty Images"), and no name.
     */
    static final Set<String> FURNITURE_ENDINGS = Set.of("caption", "captions", "photo", "photos", "video", "videos",
            "image", "images", "gallery", "slideshow");

    /** A name ending in one of these is a place's. */
    static final Set<String> PLACE_ENDINGS = Set.of("region", "oblast", "province", "county", "city", "state", "river",
            "sea", "ocean", "lake", "bay", "gulf", "strait", "island", "islands", "peninsula", "mountains",
            "valley", "republic", "kingdom", "street", "avenue", "square", "park", "airport", "district", "territory",
            "territories", "coast", "desert", "border", "basin", "heights", "bridge", "port", "canal", "wing");

    private Vocabulary() {}

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(w -> !w.isEmpty())
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
