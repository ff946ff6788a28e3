package org.jeli.access;

import org.jeli.common.JeliException;

/** The account's role requires a second factor that the account has not yet enrolled. */
public final class SecondFactorEnrolmentRequiredException extends JeliException {
    public SecondFactorEnrolmentRequiredException() {
        super("Your role requires a second factor: enrol one at /api/me/second-factor first.");
    }
}
