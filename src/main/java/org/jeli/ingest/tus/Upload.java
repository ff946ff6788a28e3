package org.jeli.ingest.tus;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A tus upload as recorded.
 *
 * @param metadata the {@code Upload-Metadata} header as received (validated at creation)
 * @param partKey the 32-byte key of its part files; copied in and out
 * @param itemId the item it became, once complete
 */
public record Upload(
        UUID id,
        long ownerId,
        UUID collectionId,
        long length,
        long offset,
        String metadata,
        byte[] partKey,
        Instant createdAt,
        Instant expiresAt,
        UUID itemId) {
    public Upload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        if (partKey == null || partKey.length != 32) {
            throw new IllegalArgumentException("part key must be 32 bytes");
        }
        partKey = partKey.clone();
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset out of range");
        }
    }

    @Override
    public byte[] partKey() {
        return partKey.clone();
    }

    public boolean complete() {
        return itemId != null;
    }

    public boolean expiredAt(Instant now) {
        return !complete() && !expiresAt.isAfter(now);
    }

    public Upload withOffset(long newOffset, Instant newExpiry) {
        return new Upload(
                id, ownerId, collectionId, length, newOffset, metadata, partKey, createdAt, newExpiry, itemId);
    }

    @Override
    public String toString() {
        return "Upload[" + id + ", offset " + offset + " of " + length + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Upload u && u.id.equals(id) && u.offset == offset && Objects.equals(u.itemId, itemId);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
