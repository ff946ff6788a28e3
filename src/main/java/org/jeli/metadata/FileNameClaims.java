package org.jeli.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the capture date that common phone naming schemes put in a file name. Pure: no I/O, no
 * clock. Dates that do not exist (month 13, 30 February) and years outside 1990–2100 yield nothing.
 *
 * <ul>
 *   <li>WhatsApp media: {@code IMG-20230514-WA0012.jpg}, also {@code VID-}, {@code PTT-} (voice
 *       note), {@code AUD-}, {@code STK-} (sticker), {@code DOC-} → a date, {@code 2023-05-14}
 *   <li>Android camera: {@code IMG_20230514_142233.jpg}, {@code VID_20230514_142233.mp4} → a local
 *       date-time, {@code 2023-05-14T14:22:33}
 *   <li>Samsung camera: {@code 20230514_142233.jpg} → a local date-time
 *   <li>Google Pixel: {@code PXL_20230514_142233123.jpg} (also {@code .MP.jpg}, {@code
 *       .PORTRAIT.jpg}) → a UTC instant with milliseconds, {@code 2023-05-14T14:22:33.123Z}: the
 *       Pixel camera names files in UTC, not in local time
 * </ul>
 */
public final class FileNameClaims {

    private static final Pattern WHATSAPP =
            Pattern.compile("(IMG|VID|PTT|AUD|STK|DOC)-(\\d{8})-WA\\d{4,}( ?\\(\\d+\\))?(\\..*)?");
    private static final Pattern ANDROID = Pattern.compile("(?:IMG|VID)_(\\d{8})_(\\d{6})(_\\d+)?(\\..*)?");
    private static final Pattern SAMSUNG = Pattern.compile("(\\d{8})_(\\d{6})( ?\\(\\d+\\)|_\\d+)?\\.[A-Za-z0-9]+");
    private static final Pattern PIXEL = Pattern.compile("PXL_(\\d{8})_(\\d{6})(\\d{3})(~\\d+)?(\\..*)?");
    private static final DateTimeFormatter BASIC_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter BASIC_TIME =
            DateTimeFormatter.ofPattern("HHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MILLIS_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX");

    private FileNameClaims() {}

    /** The date or date-time the name claims, if it follows a known scheme and the date is real. */
    public static Optional<FileNameDate> dateClaim(String fileName) {
        String name = baseName(fileName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = WHATSAPP.matcher(name);
        if (m.matches()) {
            return date(m.group(2)).map(d -> new FileNameDate(d.toString(), "whatsapp"));
        }
        m = ANDROID.matcher(name);
        if (m.matches()) {
            return dateTime(m.group(1), m.group(2)).map(t -> new FileNameDate(iso(t), "android-camera"));
        }
        m = PIXEL.matcher(name);
        if (m.matches()) {
            int millis = Integer.parseInt(m.group(3));
            return dateTime(m.group(1), m.group(2))
                    .map(t -> t.plusNanos(millis * 1_000_000L).atOffset(ZoneOffset.UTC))
                    .map(t -> new FileNameDate(MILLIS_UTC.format(t), "pixel-camera"));
        }
        m = SAMSUNG.matcher(name);
        if (m.matches()) {
            return dateTime(m.group(1), m.group(2)).map(t -> new FileNameDate(iso(t), "samsung-camera"));
        }
        return Optional.empty();
    }

    /** Whether the name is a WhatsApp voice note ({@code PTT-20230514-WA0007.opus}). */
    public static boolean isVoiceNote(String fileName) {
        Matcher m = WHATSAPP.matcher(baseName(fileName));
        return m.matches() && m.group(1).equals("PTT");
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1).strip();
    }

    private static Optional<LocalDate> date(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.parse(yyyymmdd, BASIC_DATE);
            return date.getYear() >= 1990 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> dateTime(String yyyymmdd, String hhmmss) {
        try {
            LocalTime time = LocalTime.parse(hhmmss, BASIC_TIME);
            return date(yyyymmdd).map(d -> d.atTime(time));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String iso(LocalDateTime t) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
    }
}
