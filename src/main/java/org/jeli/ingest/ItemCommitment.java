package org.jeli.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jeli.common.Digest;

/**
 * An archivist's statement, logged before the bytes arrive, that bytes with this SHA-256 and size
 * exist and will be handed in to this collection ("commit first, bytes later").
 *
 * @param logIndex the index of its {@code item.committed} entry
 * @param fulfilledItemId the item whose bytes matched it, or null while it is open
 * @param fulfilledLogIndex the index of the {@code commitment.fulfilled} entry, or -1
 */
public record ItemCommitment(
        UUID id,
        UUID collectionId,
        Digest sha256,
        long size,
        Claims claims,
        long createdBy,
        Instant createdAt,
        long logIndex,
        UUID fulfilledItemId,
        Instant fulfilledAt,
        long fulfilledLogIndex) {
    public ItemCommitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(collectionId, "collectionId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(claims, "claims");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    public boolean fulfilled() {
        return fulfilledItemId != null;
    }

    /** Whether bytes of this hash and size are the ones committed to (constant-time in the hash). */
    public boolean matches(Digest actual, long actualSize) {
        return sha256.equals(actual) && size == actualSize;
    }
}
