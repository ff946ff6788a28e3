package org.jeli.access;

/** What a login's one-time code (or recovery code) amounts to. */
public enum SecondFactorCheck {
    /** The account has no confirmed second factor. */
    NOT_ENROLLED,
    ACCEPTED,
    /** The account has one and the login carried no code. */
    MISSING,
    /** Wrong, replayed or used code. */
    REJECTED
}
