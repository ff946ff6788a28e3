package org.jeli.ingest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jeli.access.Sensitivity;
import org.jeli.common.InvalidFieldException;

/**
 * Validates the descriptive fields of an upload into a {@link SubmissionRequest}. Every rejection
 * names the field; no value is ever echoed back.
 */
public final class SubmissionForm {
    public static final String FILE = "file";
    public static final Set<String> FIELDS = Set.of(
            "collection",
            "title",
            "description",
            "sourcePlatform",
            "sourceDetail",
            "claimedCapturedAt",
            "claimedLocation",
            "sensitivity",
            "language",
            "commitment");
    /** Witness safety by default: unless stated otherwise an item is confidential. */
    public static final Sensitivity DEFAULT_SENSITIVITY = Sensitivity.CONFIDENTIAL;

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private SubmissionForm() {}

    /** Whether a multipart field of this name is part of the form. */
    public static boolean isKnown(String name) {
        return FILE.equals(name) || FIELDS.contains(name);
    }

    public static SubmissionRequest validate(
            Map<String, String> fields, String originalFilename, String declaredType, String method) {
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidFieldException(safeName(name), "unknown field");
            }
        }
        String collection = text(fields, "collection", 200, false);
        if (collection == null || collection.isBlank()) {
            throw new InvalidFieldException("collection", "is required");
        }
        Claims claims = new Claims(
                text(fields, "title", 500, false),
                text(fields, "description", 20_000, true),
                platform(fields.get("sourcePlatform")),
                text(fields, "sourceDetail", 2_000, false),
                capturedAt(fields.get("claimedCapturedAt")),
                text(fields, "claimedLocation", 500, false),
                sensitivity(fields.get("sensitivity")),
                language(fields.get("language")));
        String fileName = originalFilename == null ? null : clean("filename", originalFilename, 4_096, false);
        String type = declaredType == null ? null : clean("Content-Type", declaredType, 255, false);
        return new SubmissionRequest(
                collection.strip(), claims, fileName, type, method, commitment(fields.get("commitment")));
    }

    private static String text(Map<String, String> fields, String name, int max, boolean multiline) {
        String value = fields.get(name);
        return value == null ? null : clean(name, value, max, multiline);
    }

    static String clean(String name, String value, int max, boolean multiline) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (v.codePointCount(0, v.length()) > max) {
            throw new InvalidFieldException(name, "longer than " + max + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean allowedControl = c == '\t' || (multiline && (c == '\n' || c == '\r'));
            if ((Character.isISOControl(c) && !allowedControl) || c == '\u2028' || c == '\u2029') {
                throw new InvalidFieldException(name, "contains control characters");
            }
        }
        return v;
    }

    private static SourcePlatform platform(String value) {
        if (value == null || value.isBlank()) {
            return SourcePlatform.OTHER;
        }
        try {
            return SourcePlatform.fromLabel(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    "sourcePlatform",
                    "must be one of whatsapp, telegram, facebook, tiktok, x, youtube, signal, phone, other");
        }
    }

    private static Sensitivity sensitivity(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SENSITIVITY;
        }
        try {
            return Sensitivity.fromLabel(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("sensitivity", "must be one of public, restricted, confidential, sealed");
        }
    }

    private static String capturedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 64) {
            throw new InvalidFieldException("claimedCapturedAt", "is not an ISO-8601 date or date-time");
        }
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("claimedCapturedAt", "is not an ISO-8601 date or date-time");
        }
    }

    private static java.util.UUID commitment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.strip();
            java.util.UUID id = java.util.UUID.fromString(v);
            if (!id.toString().equals(v.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("commitment", "is not a commitment id");
        }
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!LANGUAGE.matcher(v).matches()) {
            throw new InvalidFieldException("language", "is not a language tag such as fr, bm, ff, ar or en");
        }
        return v;
    }

    /** A field name safe to put in a problem response. */
    public static String safeName(String name) {
        String cut = name.length() > 40 ? name.substring(0, 40) : name;
        return cut.replaceAll("[^A-Za-z0-9_.-]", "?");
    }
}
