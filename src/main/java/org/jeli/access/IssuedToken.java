package org.jeli.access;

import java.util.Objects;

/** A token just created, with its secret; the secret is shown to its owner once and never stored. */
public record IssuedToken(ApiToken token, String secret) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + token.id() + "]";
    }
}
