package org.jeli.ingest.web;

import java.util.Optional;

/**
 * One satisfiable byte range of a representation (RFC 9110 §14). Multiple ranges are not served:
 * the whole representation is sent instead, as the RFC allows.
 */
public record ByteRange(long first, long last) {

    public long length() {
        return last - first + 1;
    }

    /** The Content-Range value for this range of a representation of {@code size} bytes. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** Thrown when a well-formed range cannot be satisfied (answer 416). */
    public static final class UnsatisfiableException extends RuntimeException {
        private final long size;

        public UnsatisfiableException(long size) {
            super("range not satisfiable", null, false, false);
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    /**
     * Parses a Range header against a representation of {@code size} bytes.
     *
     * @return empty when the header is absent, malformed, not in bytes, or asks for several ranges
     *     (the whole representation is then served)
     * @throws UnsatisfiableException when no requested byte exists
     */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6) || h.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = h.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String a = spec.substring(0, dash).strip();
        String b = spec.substring(dash + 1).strip();
        try {
            if (a.isEmpty()) {
                if (b.isEmpty()) {
                    return Optional.empty();
                }
                long suffix = parseDigits(b);
                if (suffix == 0 || size == 0) {
                    throw new UnsatisfiableException(size);
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = parseDigits(a);
            long last = b.isEmpty() ? size - 1 : parseDigits(b);
            if (first >= size) {
                throw new UnsatisfiableException(size);
            }
            if (last < first) {
                return Optional.empty();
            }
            return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long parseDigits(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException();
        }
        return Long.parseLong(s);
    }
}
