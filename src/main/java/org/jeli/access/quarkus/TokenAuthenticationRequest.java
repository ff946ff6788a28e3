package org.jeli.access.quarkus;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import java.util.Objects;

/** A presented personal API token; {@link #toString()} never shows it. */
public final class TokenAuthenticationRequest extends BaseAuthenticationRequest {
    private final String token;

    public TokenAuthenticationRequest(String token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "TokenAuthenticationRequest[redacted]";
    }
}
