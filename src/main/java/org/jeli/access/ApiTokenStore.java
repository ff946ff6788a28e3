package org.jeli.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where personal API tokens are kept, by the SHA-256 of their secret only. */
public interface ApiTokenStore {
    void insert(ApiToken token, byte[] tokenHash);

    /** The user's tokens, newest first, revoked ones included. */
    List<ApiToken> ownedBy(long userId);

    /** Marks the user's own token revoked; false when it is unknown, foreign or already revoked. */
    boolean revoke(long userId, UUID id, Instant at);

    Optional<TokenOwner> findByHash(byte[] tokenHash);

    void markUsed(UUID id, Instant at);
}
