package org.jeli.access;

import java.time.Instant;

/** A user's TOTP secret; unconfirmed until a first code proves the authenticator holds it. */
public record SecondFactor(long userId, byte[] secret, Instant confirmedAt, long lastStep) {
    public SecondFactor {
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
