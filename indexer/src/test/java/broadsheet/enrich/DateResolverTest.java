package broadsheet.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import broadsheet.enrich.DateResolver.Candidate;
import broadsheet.schema.PublicationDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private final DateResolver resolver =
            new DateResolver(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    private Optional<String> resolve(List<String> warnings, String... values) {
        List<Candidate> candidates = new ArrayList<>();
        for (String value : values) {
            candidates.add(new Candidate("test", value));
        }
        return resolver.resolve(candidates, warnings::add).map(PublicationDate::iso);
    }

    @Test
    void keepsThePrecisionItWasGiven() {
        List<String> warnings = new ArrayList<>();
        assertEquals(Optional.of("2025"), resolve(warnings, "2025"));
        assertEquals(Optional.of("2025-02"), resolve(warnings, "2025-02"));
        assertEquals(Optional.of("2025-02-14"), resolve(warnings, "2025-02-14"));
        assertEquals(Optional.of("2019-11-12"), resolve(warnings, "2019-11-12T23:10:00-05:00"));
        assertEquals(Optional.of("2025-02-12"), resolve(warnings, "February 12, 2025"));
        assertEquals(Optional.of("2025-02-12"), resolve(warnings, "12 Feb 2025"));
        assertEquals(Optional.of("2025-02-12"), resolve(warnings, "Wed, 12 Feb 2025 09:00:00 GMT"));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void dateThatCannotBeAPublicationDateIsDroppedWithAWarningNotGuessed() {
        for (String junk : List.of("1/21", "0001", "2050", "6/15/17", "2025-13-01", "2025-02-30", "yesterday")) {
            List<String> warnings = new ArrayList<>();
            assertEquals(Optional.empty(), resolve(warnings, junk), junk);
            assertEquals(1, warnings.size(), junk);
            assertTrue(warnings.get(0).contains("'" + junk + "'"), warnings.get(0));
        }
    }

    @Test
    void aDroppedDateLetsTheNextSourceSpeak() {
        List<String> warnings = new ArrayList<>();
        assertEquals(Optional.of("2024-05"), resolve(warnings, "2050", null, "2024-05"));
        assertEquals(1, warnings.size());
    }

    @Test
    void tomorrowIsStillPlausibleForTimeZonesAheadButNextWeekIsNot() {
        List<String> warnings = new ArrayList<>();
        assertEquals(Optional.of("2026-11-23"), resolve(warnings, "2026-11-23"));
        assertEquals(Optional.empty(), resolve(warnings, "2026-11-30"));
    }

    @Test
    void findsDatesInUrlPathsAndDatelines() {
        assertEquals("2025-02-14", DateResolver.fromUrl("https://x.com/2025/02/14/some-story").orElseThrow().iso());
        assertEquals("2025-02", DateResolver.fromUrl("https://www.x.com/2025/02/how-metals-deal/").orElseThrow().iso());
        assertEquals(Optional.empty(), DateResolver.fromUrl("https://x.com/news/2025-story"));
        assertEquals(Optional.of("February 12, 2025"),
                DateResolver.datelineOf("Ukraine’s Offer\nFebruary 12, 2025\n12:56 PM\nIn a bid to..."));
        assertEquals(Optional.empty(), DateResolver.datelineOf("x".repeat(1000) + " February 12, 2025"));
    }
}
