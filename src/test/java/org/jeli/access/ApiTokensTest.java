package org.jeli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokensTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T08:00:00Z"));
    private final MemoryStore store = new MemoryStore();
    private final ApiTokens tokens = new ApiTokens(store, clock, new SecureRandom());
    private final User amina = new User(7, "amina", "Amina", Role.ARCHIVIST, true);

    @Test
    void aTokenIsJeliAnd43Base64UrlCharactersAndOnlyItsHashIsStored() {
        IssuedToken issued = tokens.issue(7, " laptop ", Optional.empty());
        assertThat(issued.secret()).matches("jeli_[A-Za-z0-9_-]{43}");
        assertThat(issued.token().name()).isEqualTo("laptop");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(store.hashes.get(issued.token().id())).isEqualTo(ApiTokens.sha256(issued.secret()));
        assertThat(tokens.authenticate(issued.secret())).map(o -> o.user().id()).contains(7L);
    }

    @Test
    void expiredRevokedUnknownAndMalformedTokensAreRefused() {
        IssuedToken shortLived =
                tokens.issue(7, "a", Optional.of(clock.instant().plusSeconds(60)));
        IssuedToken revoked = tokens.issue(7, "b", Optional.empty());
        tokens.revoke(7, revoked.token().id());
        clock.advance(Duration.ofSeconds(60));
        assertThat(tokens.authenticate(shortLived.secret())).isEmpty();
        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(tokens.authenticate("jeli_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate("jeli_short")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void tokensOfDeactivatedAccountsAreRefused() {
        IssuedToken issued = tokens.issue(7, "a", Optional.empty());
        store.active = false;
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void invalidRequestsNameTheirField() {
        assertThatThrownBy(() -> tokens.issue(7, " ", Optional.empty()))
                .isInstanceOf(org.jeli.common.InvalidFieldException.class)
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> tokens.issue(7, "x".repeat(101), Optional.empty()))
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> tokens.issue(7, "a", Optional.of(clock.instant())))
                .extracting("field")
                .isEqualTo("expiresAt");
    }

    @Test
    void revokingAForeignOrUnknownTokenIsNotFound() {
        IssuedToken issued = tokens.issue(7, "a", Optional.empty());
        assertThatThrownBy(() -> tokens.revoke(8, issued.token().id())).isInstanceOf(TokenNotFoundException.class);
        assertThatThrownBy(() -> tokens.revoke(7, UUID.randomUUID())).isInstanceOf(TokenNotFoundException.class);
        tokens.revoke(7, issued.token().id());
        assertThatThrownBy(() -> tokens.revoke(7, issued.token().id())).isInstanceOf(TokenNotFoundException.class);
    }

    private final class MemoryStore implements ApiTokenStore {
        final Map<UUID, ApiToken> byId = new HashMap<>();
        final Map<UUID, byte[]> hashes = new HashMap<>();
        boolean active = true;

        @Override
        public void insert(ApiToken token, byte[] tokenHash) {
            byId.put(token.id(), token);
            hashes.put(token.id(), tokenHash.clone());
        }

        @Override
        public List<ApiToken> ownedBy(long userId) {
            return new ArrayList<>(
                    byId.values().stream().filter(t -> t.userId() == userId).toList());
        }

        @Override
        public boolean revoke(long userId, UUID id, Instant at) {
            ApiToken t = byId.get(id);
            if (t == null || t.userId() != userId || t.revokedAt() != null) {
                return false;
            }
            byId.put(id, new ApiToken(id, userId, t.name(), t.createdAt(), t.expiresAt(), at, t.lastUsedAt()));
            return true;
        }

        @Override
        public Optional<TokenOwner> findByHash(byte[] tokenHash) {
            return hashes.entrySet().stream()
                    .filter(e -> Arrays.equals(e.getValue(), tokenHash))
                    .findFirst()
                    .map(e -> new TokenOwner(
                            byId.get(e.getKey()),
                            e.getValue(),
                            new User(amina.id(), amina.username(), amina.displayName(), amina.role(), active)));
        }

        @Override
        public void markUsed(UUID id, Instant at) {}
    }
}
