package org.jeli.limits.quarkus;

import org.jeli.limits.TooManyRequestsException;

/**
 * The {@code too-many-requests} problem written straight to Vert.x (before JAX-RS), in the same
 * shape as the platform's problem responses. The detail is one of this slice's fixed sentences.
 */
final class TooManyRequestsJson {
    private TooManyRequestsJson() {}

    static String of(TooManyRequestsException e) {
        return "{\"type\":\"urn:jeli:problem:too-many-requests\",\"title\":\"Too many requests\",\"status\":429,"
                + "\"code\":\"too-many-requests\",\"detail\":\"" + escape(e.getMessage()) + "\",\"retryAfter\":"
                + e.retryAfterSeconds() + "}";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
