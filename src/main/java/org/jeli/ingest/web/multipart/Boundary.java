package org.jeli.ingest.web.multipart;

import java.nio.charset.StandardCharsets;

/** Takes the boundary out of a request's Content-Type and checks it against RFC 2046. */
final class Boundary {
    static final int MAX_LENGTH = 70;
    private static final String BCHARS_NO_SPACE =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=?";

    private Boundary() {}

    /** Returns the boundary as ASCII bytes. */
    static byte[] fromContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new MalformedMultipartException("missing Content-Type header");
        }
        HeaderValue value = HeaderValue.parse(contentType, "Content-Type");
        if (!value.type().equals("multipart/form-data")) {
            throw new MalformedMultipartException("request is not multipart/form-data");
        }
        String boundary = value.parameter("boundary");
        if (boundary == null) {
            throw new MalformedMultipartException("missing boundary parameter in Content-Type header");
        }
        if (!isValid(boundary)) {
            throw new MalformedMultipartException("invalid boundary parameter in Content-Type header");
        }
        return boundary.getBytes(StandardCharsets.US_ASCII);
    }

    static boolean isValid(String boundary) {
        int n = boundary.length();
        if (n < 1 || n > MAX_LENGTH || boundary.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = boundary.charAt(i);
            if (c != ' ' && BCHARS_NO_SPACE.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
