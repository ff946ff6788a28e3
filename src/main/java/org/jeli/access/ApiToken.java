package org.jeli.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A personal API token as its owner may see it: never the secret, never its hash. */
public record ApiToken(
        UUID id,
        long userId,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the token is accepted at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
