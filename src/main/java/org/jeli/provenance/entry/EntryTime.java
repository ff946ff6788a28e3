package org.jeli.provenance.entry;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The entry time format: RFC 3339 in UTC with exactly three fractional digits and {@code Z}, e.g.
 * {@code 2026-11-28T11:56:05.123Z}. One instant has exactly one text and vice versa.
 */
public final class EntryTime {
    static final Instant MIN = LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    static final Instant MAX =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000).toInstant(ZoneOffset.UTC);

    private static final Pattern FORMAT =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");

    private EntryTime() {}

    /** Null if {@code time} is representable, otherwise why not. */
    static String problem(Instant time) {
        if (time == null) {
            return "time is missing";
        }
        if (time.getNano() % 1_000_000 != 0) {
            return "time must have millisecond precision (truncate to milliseconds)";
        }
        if (time.isBefore(MIN) || time.isAfter(MAX)) {
            return "time outside years 0000-9999";
        }
        return null;
    }

    public static String format(Instant time) {
        LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        return String.format(
                Locale.ROOT,
                "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                t.getYear(),
                t.getMonthValue(),
                t.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                t.getSecond(),
                t.getNano() / 1_000_000);
    }

    /**
     * Parses exactly the output of {@link #format}.
     *
     * @throws MalformedEntryException otherwise
     */
    static Instant parse(String text) {
        if (!FORMAT.matcher(text).matches()) {
            throw new MalformedEntryException("time is not RFC 3339 UTC with milliseconds");
        }
        try {
            return LocalDateTime.of(
                            Integer.parseInt(text, 0, 4, 10),
                            Integer.parseInt(text, 5, 7, 10),
                            Integer.parseInt(text, 8, 10, 10),
                            Integer.parseInt(text, 11, 13, 10),
                            Integer.parseInt(text, 14, 16, 10),
                            Integer.parseInt(text, 17, 19, 10),
                            Integer.parseInt(text, 20, 23, 10) * 1_000_000)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new MalformedEntryException("time is not a valid date and time of day");
        }
    }
}
