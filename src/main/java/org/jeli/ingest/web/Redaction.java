package org.jeli.ingest.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes identifying fields for users below the identifying clearance: GPS positions, device
 * serial numbers, phone numbers, owner and author names in metadata, and claimed places. The list
 * is in SECURITY.md; when in doubt a raw metadata key is removed.
 */
public final class Redaction {
    private static final List<String> RAW_KEY_MARKERS = List.of(
            "gps",
            "geo:",
            "latitude",
            "longitude",
            "altitude",
            "location",
            "serial",
            "owner",
            "author",
            "creator",
            "artist",
            "phone",
            "contact",
            "imei",
            "address",
            "xmpmm:",
            "lens",
            "hostcomputer",
            "user comment",
            "usercomment");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d[\\d \\-.()]{6,}\\d(?![\\p{L}\\p{N}])");

    private Redaction() {}

    static boolean identifyingRawKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return RAW_KEY_MARKERS.stream().anyMatch(k::contains);
    }

    static Map<String, List<String>> raw(Map<String, List<String>> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (!identifyingRawKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Masks phone-number-like sequences in extracted text. */
    public static String text(String text) {
        return PHONE.matcher(text).replaceAll("[redacted]");
    }

    /** What a contact card's text becomes below the identifying clearance: nothing of it. */
    public static final String CONTACT_CARD_HIDDEN =
            "[contact card: its names and numbers are shown only to members cleared for identifying fields]";

    /**
     * Extracted text for someone below the identifying clearance: a shared contact card (vCard) is
     * nothing but a person's name and numbers, so none of it is shown; other text has its phone
     * numbers masked.
     */
    public static String text(String text, String mediaType) {
        String t = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("vcard") || t.startsWith("text/directory")) {
            return text == null || text.isEmpty() ? text : CONTACT_CARD_HIDDEN;
        }
        return text == null ? null : text(text);
    }
}
