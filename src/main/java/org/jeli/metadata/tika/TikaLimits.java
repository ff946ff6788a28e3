package org.jeli.metadata.tika;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one extraction.
 *
 * @param timeLimit wall-clock time a parse may take before it is abandoned (outcome TIMEOUT)
 * @param maxTextChars characters of extracted text kept; more yields outcome LIMIT
 * @param maxEmbeddedResources embedded documents (attachments, archive entries) parsed; more yields
 *     outcome LIMIT
 * @param maxEmbeddedDepth nesting depth of embedded documents parsed (an archive in an archive is
 *     depth 2); deeper yields outcome LIMIT
 */
public record TikaLimits(Duration timeLimit, int maxTextChars, int maxEmbeddedResources, int maxEmbeddedDepth) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
    public static final int DEFAULT_MAX_EMBEDDED_RESOURCES = 100;
    public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 5;

    public TikaLimits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        if (maxTextChars < 0 || maxEmbeddedResources < 0 || maxEmbeddedDepth < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** Limits with the default embedded depth. */
    public TikaLimits(Duration timeLimit, int maxTextChars, int maxEmbeddedResources) {
        this(timeLimit, maxTextChars, maxEmbeddedResources, DEFAULT_MAX_EMBEDDED_DEPTH);
    }

    /** 60 s, one million characters, 100 embedded documents, depth 5. */
    public static TikaLimits defaults() {
        return new TikaLimits(DEFAULT_TIME_LIMIT, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_EMBEDDED_RESOURCES);
    }

    public TikaLimits withTimeLimit(Duration limit) {
        return new TikaLimits(limit, maxTextChars, maxEmbeddedResources, maxEmbeddedDepth);
    }

    public TikaLimits withMaxTextChars(int max) {
        return new TikaLimits(timeLimit, max, maxEmbeddedResources, maxEmbeddedDepth);
    }
}
