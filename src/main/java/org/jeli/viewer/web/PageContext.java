package org.jeli.viewer.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What every page's layout needs: the language, the signed-in user (null on the login page), the
 * path for the language switcher to return to, and formatting in the user's locale. Times are
 * shown in UTC, labelled so, since evidence is compared across time zones.
 *
 * @param role the account role, or null when nobody is signed in
 */
public record PageContext(
        Locale locale, String path, String username, String displayName, String role, Instant now, boolean blur) {
    public String lang() {
        return locale.getLanguage();
    }

    public boolean french() {
        return "fr".equals(lang());
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean admin() {
        return "admin".equals(role);
    }

    public boolean archivist() {
        return "archivist".equals(role);
    }

    /** A date and time in the user's locale, in UTC. */
    public String dateTime(Instant t) {
        if (t == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC)
                        .format(t)
                + " UTC";
    }

    public String dateTime(String isoInstant) {
        try {
            return dateTime(Instant.parse(isoInstant));
        } catch (RuntimeException e) {
            return isoInstant;
        }
    }

    /** This page's path and query, URL-encoded for the language switcher's {@code next}. */
    public String returnTo() {
        return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String nowText() {
        return dateTime(now);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String decimal(Object n) {
        if (n instanceof Number num) {
            return num instanceof Double || num instanceof Float
                    ? NumberFormat.getNumberInstance(locale).format(num.doubleValue())
                    : number(num.longValue());
        }
        return n == null ? "" : n.toString();
    }

    /** A size such as "1.5 MB" / "1,5 Mo". */
    public String bytes(long n) {
        String[] units =
                french() ? new String[] {"o", "ko", "Mo", "Go", "To"} : new String[] {"B", "kB", "MB", "GB", "TB"};
        double v = n;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(u == 0 ? 0 : 1);
        return f.format(v) + "\u00a0" + units[u];
    }
}
