package org.jeli.ingest.web.multipart;

import java.util.regex.Pattern;

/** Renders a client-chosen field name for an error message only when it is plainly harmless. */
final class SafeName {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private SafeName() {}

    static String of(String fieldName) {
        return fieldName != null && PLAIN.matcher(fieldName).matches() ? "'" + fieldName + "'" : "(unprintable name)";
    }
}
