package org.jeli.ingest.web.multipart;

/**
 * Bounds that keep a {@link MultipartReader}'s memory use small whatever the client sends.
 *
 * @param maxParts most parts one body may hold
 * @param maxHeaderBytes most bytes of one part's header block, line ends included
 * @param maxFieldBytes most bytes {@link MultipartReader#readText(Part)} reads for one field
 */
public record MultipartLimits(int maxParts, int maxHeaderBytes, int maxFieldBytes) {
    public static final int DEFAULT_MAX_PARTS = 64;
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
    public static final int DEFAULT_MAX_FIELD_BYTES = 64 * 1024;

    public MultipartLimits {
        requirePositive(maxParts, "maxParts");
        requirePositive(maxHeaderBytes, "maxHeaderBytes");
        requirePositive(maxFieldBytes, "maxFieldBytes");
        if (maxFieldBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxFieldBytes must be below Integer.MAX_VALUE");
        }
    }

    public static MultipartLimits defaults() {
        return new MultipartLimits(DEFAULT_MAX_PARTS, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_FIELD_BYTES);
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
