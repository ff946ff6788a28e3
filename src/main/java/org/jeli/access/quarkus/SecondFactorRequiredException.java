package org.jeli.access.quarkus;

import io.quarkus.security.AuthenticationException;

/**
 * The password was right but the account has a second factor and the login carried no valid code
 * in {@code X-Jeli-OTP}. An {@link AuthenticationException}, so Quarkus passes it on unchanged.
 */
public final class SecondFactorRequiredException extends SecurityException implements AuthenticationException {
    public SecondFactorRequiredException() {
        super("a current one-time code or a recovery code is required in X-Jeli-OTP", null);
    }
}
