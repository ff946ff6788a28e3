package org.jeli.access;

/** Why {@link PasswordPolicy} refuses a password; the name is the stable reason code. */
public enum PasswordRejection {
    TOO_SHORT,
    TOO_LONG,
    TOO_COMMON,
    SAME_AS_USERNAME
}
