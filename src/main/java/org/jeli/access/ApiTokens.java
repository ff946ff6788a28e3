package org.jeli.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jeli.common.InvalidFieldException;

/**
 * Personal API tokens: {@code jeli_} followed by 32 random bytes in unpadded base64url. Only the
 * SHA-256 of a token is stored (a fast hash suffices for a 256-bit random secret); the secret is
 * returned once, at creation.
 */
public final class ApiTokens {
    public static final String PREFIX = "jeli_";
    public static final int MAX_NAME_LENGTH = 100;
    private static final int SECRET_BYTES = 32;
    private static final int TOKEN_LENGTH = PREFIX.length() + 43;
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final Clock clock;
    private final SecureRandom random;

    public ApiTokens(ApiTokenStore store, Clock clock, SecureRandom random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** @throws InvalidFieldException for a blank or long name or an expiry not in the future */
    public IssuedToken issue(long userId, String name, Optional<Instant> expiresAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        Instant now = clock.instant();
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new InvalidFieldException("expiresAt", "must be in the future");
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(UUID.randomUUID(), userId, trimmed, now, expiresAt.orElse(null), null, null);
        store.insert(stored, sha256(token));
        return new IssuedToken(stored, token);
    }

    public List<ApiToken> ownedBy(long userId) {
        return store.ownedBy(userId);
    }

    /** @throws TokenNotFoundException when the token is not the user's or is already revoked */
    public void revoke(long userId, UUID id) {
        if (!store.revoke(userId, id, clock.instant())) {
            throw new TokenNotFoundException();
        }
    }

    /** The active account a presented token belongs to, if the token is known, live and unrevoked. */
    public Optional<TokenOwner> authenticate(String presented) {
        if (presented == null || presented.length() != TOKEN_LENGTH || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        Optional<TokenOwner> found = store.findByHash(hash);
        if (found.isEmpty() || !MessageDigest.isEqual(found.get().tokenHash(), hash)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiToken token = found.get().token();
        User user = found.get().user();
        if (!token.usableAt(now) || !user.active()) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null
                || token.lastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
            store.markUsed(token.id(), now);
        }
        return found;
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
