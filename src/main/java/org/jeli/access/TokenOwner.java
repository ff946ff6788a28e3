package org.jeli.access;

import java.util.Objects;

/** A stored token found by its hash, with its owner's account. */
public record TokenOwner(ApiToken token, byte[] tokenHash, User user) {
    public TokenOwner {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(user, "user");
        tokenHash = tokenHash.clone();
    }

    @Override
    public byte[] tokenHash() {
        return tokenHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenOwner t
                && token.equals(t.token)
                && java.util.Arrays.equals(tokenHash, t.tokenHash)
                && user.equals(t.user);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    @Override
    public String toString() {
        return "TokenOwner[" + token.id() + ", user " + user.id() + "]";
    }
}
