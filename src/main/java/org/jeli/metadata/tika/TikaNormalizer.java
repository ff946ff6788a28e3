package org.jeli.metadata.tika;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jeli.metadata.NormalizedMetadata;

/**
 * Turns Tika's raw metadata into Jeli's normalised fields. Pure: reads only the map it is given.
 * Values that do not parse are left {@code null} (they stay in the raw map). No time zone is ever
 * added: a local time stays local; an offset is kept only when the source states one.
 *
 * <p>Units: Tika reports {@code xmpDM:duration} in seconds for MP4/QuickTime, MP3, Ogg Vorbis and
 * Opus (checked against Tika 3.3.1); an {@code HH:MM:SS.ss} form is accepted too.
 */
final class TikaNormalizer {

    /** Capture-time keys, most specific first. */
    static final List<String> CAPTURE_KEYS = List.of("exif:DateTimeOriginal", "dcterms:created");

    /** MP4/QuickTime store 0 when no creation time was written; Tika renders it as the 1904 epoch. */
    private static final Set<String> UNSET_DATES = Set.of("1904-01-01T00:00:00Z", "1970-01-01T00:00:00Z");

    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final Pattern LEADING_INT = Pattern.compile("^\\s*(\\d{1,9})");
    private static final Pattern CLOCK = Pattern.compile("^(\\d+):([0-5]?\\d):([0-5]?\\d(?:\\.\\d+)?)$");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

    private TikaNormalizer() {}

    static NormalizedMetadata normalize(String mediaType, RawMetadata raw) {
        Double lat = coordinate(raw.first("geo:lat"), 90);
        Double lon = coordinate(raw.first("geo:long"), 180);
        boolean havePosition = lat != null && lon != null;
        return new NormalizedMetadata(
                mediaType,
                capturedAt(raw),
                havePosition ? lat : null,
                havePosition ? lon : null,
                text(raw.first("tiff:Make")),
                text(raw.first("tiff:Model")),
                duration(raw.first("xmpDM:duration")),
                positiveInt(raw.first("tiff:ImageWidth")),
                positiveInt(raw.first("tiff:ImageLength")),
                codecs(raw),
                positiveInt(raw.first("xmpTPg:NPages")),
                language(raw.first("dc:language")));
    }

    static String capturedAt(RawMetadata raw) {
        for (String key : CAPTURE_KEYS) {
            for (String value : raw.values(key)) {
                String iso = isoDateTime(value);
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** ISO-8601 text for a date-time as Tika or EXIF writes it, keeping an offset only if stated. */
    static String isoDateTime(String value) {
        if (value == null || value.isBlank() || UNSET_DATES.contains(value.strip())) {
            return null;
        }
        String v = value.strip();
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(v));
        } catch (DateTimeParseException notOffset) {
            // fall through
        }
        try {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(v));
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(v, EXIF_DATE));
        } catch (DateTimeParseException notExif) {
            // fall through
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    static Double duration(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher clock = CLOCK.matcher(v);
        Double seconds = clock.matches() ? clockSeconds(clock) : parseDouble(v);
        return seconds == null || seconds.isNaN() || seconds.isInfinite() || seconds < 0 ? null : seconds;
    }

    private static Double clockSeconds(Matcher clock) {
        return Long.parseLong(clock.group(1)) * 3600.0
                + Long.parseLong(clock.group(2)) * 60.0
                + Double.parseDouble(clock.group(3));
    }

    private static Double coordinate(String value, double bound) {
        Double d = parseDouble(value);
        return d == null || d.isNaN() || Math.abs(d) > bound ? null : d;
    }

    private static String codecs(RawMetadata raw) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("xmpDM:videoCompressor", "xmpDM:audioCompressor")) {
            for (String value : raw.values(key)) {
                String t = text(value);
                if (t != null) {
                    names.add(t);
                }
            }
        }
        return names.isEmpty() ? null : String.join(", ", new ArrayList<>(names));
    }

    private static String language(String value) {
        String t = text(value);
        return t != null && LANGUAGE_TAG.matcher(t).matches() ? t : null;
    }

    private static Integer positiveInt(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LEADING_INT.matcher(value);
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n > 0 ? n : null;
    }

    private static Double parseDouble(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String t = SafeText.oneLine(value, 200);
        return t.isEmpty() ? null : t;
    }
}
