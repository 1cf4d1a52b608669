package broadsheet.enrich;

import broadsheet.schema.PublicationDate;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date from the sources that may know it, in order of trust. A value
 * that cannot be a publication date is reported and passed over, never repaired into a guess.
 */
public final class DateResolver {

    /** Where a date came from and what it said there. */
    public record Candidate(String source, String value) {}

    private static final String MONTHS =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
                    + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ].*)?");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\\d|3[01])(?:/|$))?");
    /** How far into the text a dateline may stand. */
    private static final int DATELINE_REACH = 400;

    private final Clock clock;

    public DateResolver(Clock clock) {
        this.clock = clock;
    }

    /**
     * The first candidate that holds a real publication date; {@code warnings} hears of every candidate
     * that held something else.
     */
    public Optional<PublicationDate> resolve(List<Candidate> candidates, Consumer<String> warnings) {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        for (Candidate candidate : candidates) {
            if (candidate.value() == null || candidate.value().isBlank()) {
                continue;
            }
            Optional<PublicationDate> parsed = parse(candidate.value());
            if (parsed.isEmpty()) {
                warnings.accept("dropped the date '" + candidate.value() + "' from " + candidate.source()
                        + ": not a date this indexer can read without guessing");
            } else if (!parsed.get().isPlausible(tomorrow)) {
                warnings.accept("dropped the date '" + candidate.value() + "' from " + candidate.source()
                        + ": cannot be a publication date (before 1900 or in the future)");
            } else {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** ISO 8601 (whole or partial, with or without a time), RFC 1123, or a written date ("February 12, 2025"). */
    public static Optional<PublicationDate> parse(String raw) {
        String value = raw.strip();
        Matcher iso = ISO_PREFIX.matcher(value);
        if (iso.matches()) {
            Optional<PublicationDate> date = PublicationDate.parseIso(iso.group(1));
            if (date.isPresent() && (value.length() == iso.group(1).length() || instant(value).isPresent())) {
                return date;
            }
        }
        try {
            return Optional.of(PublicationDate.ofDay(
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate()));
        } catch (DateTimeParseException notRfc1123) {
            // try a written date next
        }
        return written(value);
    }

    /** A {@code /YYYY/MM/DD/} or {@code /YYYY/MM/} path in a URL. */
    public static Optional<PublicationDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        return PublicationDate.parseIso(m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3)));
    }

    /** A dateline ("February 12, 2025", "12 February 2025") near the top of the text. */
    public static Optional<String> datelineOf(String text) {
        String top = text.length() > DATELINE_REACH ? text.substring(0, DATELINE_REACH) : text;
        Matcher a = MONTH_DAY_YEAR.matcher(top);
        Matcher b = DAY_MONTH_YEAR.matcher(top);
        boolean foundA = a.find();
        boolean foundB = b.find();
        if (foundA && (!foundB || a.start() <= b.start())) {
            return Optional.of(a.group());
        }
        return foundB ? Optional.of(b.group()) : Optional.empty();
    }

    private static Optional<PublicationDate> written(String value) {
        Matcher a = MONTH_DAY_YEAR.matcher(value);
        if (a.matches()) {
            return day(a.group(3), a.group(1), a.group(2));
        }
        Matcher b = DAY_MONTH_YEAR.matcher(value);
        if (b.matches()) {
            return day(b.group(3), b.group(2), b.group(1));
        }
        return Optional.empty();
    }

    private static Optional<PublicationDate> day(String year, String monthName, String day) {
        String month = monthName.toLowerCase(Locale.ROOT).substring(0, 3);
        int monthNumber = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(month) + 1;
        try {
            return Optional.of(PublicationDate.ofDay(
                    LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> instant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(java.time.LocalDateTime.parse(value.replace(' ', 'T')).toLocalDate());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
