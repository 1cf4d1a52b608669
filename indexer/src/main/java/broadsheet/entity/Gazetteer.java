package broadsheet.entity;

import broadsheet.knowledge.NameText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Lists of real names that tell a new name's type when the knowledge base does not know it: given names (a name that
 * starts with one is a person's, "Ted Cruz") and places (countries, US states, capitals and the cities of the time
 * zone database: "Hong Kong", "Puerto Rico"). They come from datafaker's English data, whose given names are the US
 * census', and from the JDK's own country names and time zones; and what a nation's people are called ("Syrian"). All hold {@link NameText#key}s.
 */
final class Gazetteer {

    /**
     * Given names, without those that are places, months or connectors as well ("Georgia", "Jordan", "May", and "Al",
     * which starts "Al Qaeda" as often as "Al Gore").
     */
    static final Set<String> GIVEN_NAMES;
    static final Set<String> PLACES;
    /** What people of a nation are called, as an adjective: "Syrian", "Korean" (from the nations' plural names). */
    static final Set<String> DEMONYMS;

    static {
        Set<String> places = new HashSet<>();
        places.addAll(list("en/address.yml", "address", "country"));
        places.addAll(list("en/address.yml", "address", "state"));
        places.addAll(list("en/country.yml", "country", "name"));
        places.addAll(list("en/country.yml", "country", "capital"));
        places.addAll(list("en/nation.yml", "nation", "capital_city"));
        for (String country : Locale.getISOCountries()) {
            places.add(Locale.of("", country).getDisplayCountry(Locale.ENGLISH));
        }
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
                places.add(zone.substring(slash + 1).replace('_', ' '));
            }
        }
        PLACES = keys(places);
        Set<String> given = new HashSet<>();
        given.addAll(list("en/name.yml", "name", "male_first_name"));
        given.addAll(list("en/name.yml", "name", "female_first_name"));
        Set<String> givenNames = keys(given);
        givenNames.removeAll(PLACES);
        givenNames.removeAll(Vocabulary.CONNECTORS);
        for (Month month : Month.values()) {
            givenNames.remove(NameText.key(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        }
        GIVEN_NAMES = Set.copyOf(givenNames);
        Set<String> demonyms = new HashSet<>();
        for (String people : keys(new HashSet<>(list("en/nation.yml", "nation", "nationality")))) {
            demonyms.add(people.endsWith("s") ? people.substring(0, people.length() - 1) : people);
        }
        DEMONYMS = Set.copyOf(demonyms);
    }

    private Gazetteer() {}

    private static Set<String> keys(Set<String> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(name -> keys.add(NameText.key(name)));
        return keys;
    }

    /** The list {@code en.faker.SECTION.NAME} of one of datafaker's data files. */
    @SuppressWarnings("unchecked")
    private static List<String> list(String resource, String section, String name) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("datafaker's " + resource + " is not on the class path");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Object> faker = (Map<String, Object>) ((Map<String, Object>) root.get("en")).get("faker");
            return (List<String>) ((Map<String, Object>) faker.get(section)).get(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
