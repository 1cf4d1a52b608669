package broadsheet.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date known to the year, the month or the day, written as ISO 8601 with that precision.
 * A month or day is present only when every coarser part is.
 */
public record PublicationDate(int year, Integer month, Integer day) implements Comparable<PublicationDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PublicationDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        firstDay(year, month, day); // validates
    }

    public static PublicationDate ofDay(LocalDate date) {
        return new PublicationDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code 2025}, {@code 2025-02} or {@code 2025-02-14}; anything else is empty. */
    public static Optional<PublicationDate> parseIso(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PublicationDate(
                    Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public LocalDate firstDay() {
        return firstDay(year, month, day);
    }

    public LocalDate lastDay() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** Could this be when a news article was published? Not before 1900 and not after {@code tomorrow}. */
    public boolean isPlausible(LocalDate tomorrow) {
        return year >= 1900 && !firstDay().isAfter(tomorrow);
    }

    public String iso() {
        if (month == null) {
            return "%04d".formatted(year);
        }
        return day == null ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
    }

    @Override
    public int compareTo(PublicationDate other) {
        return firstDay().compareTo(other.firstDay());
    }

    @Override
    public String toString() {
        return iso();
    }

    private static LocalDate firstDay(int year, Integer month, Integer day) {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }
}
