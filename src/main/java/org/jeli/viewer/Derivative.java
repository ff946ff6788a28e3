package org.jeli.viewer;

import java.time.Instant;
import java.util.Objects;

/**
 * A derivative of an original blob, or the record that none can be made.
 *
 * @param original the original's SHA-256 (hex)
 * @param sha256 the derivative's own SHA-256 (hex) in the blob store, null when unavailable
 * @param reason why there is none ({@code unsupported}, {@code unreadable}, {@code too-large},
 *     {@code ffmpeg-failed}, {@code ffmpeg-timeout}, {@code ffmpeg-missing}), null when ready
 */
public record Derivative(
        String original,
        DerivativeKind kind,
        boolean ready,
        String mediaType,
        String sha256,
        long size,
        String reason,
        Instant createdAt) {
    public Derivative {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(kind, "kind");
        if (ready && (sha256 == null || mediaType == null)) {
            throw new IllegalArgumentException("a ready derivative has a hash and a type");
        }
    }

    public static Derivative unavailable(String original, DerivativeKind kind, String reason, Instant at) {
        return new Derivative(original, kind, false, null, null, 0, reason, at);
    }
}
