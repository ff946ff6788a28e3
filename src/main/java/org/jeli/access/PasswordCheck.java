package org.jeli.access;

import java.util.Optional;

/** The outcome of {@link PasswordPolicy#check}: accepted, or refused with a reason code. */
public record PasswordCheck(Optional<PasswordRejection> rejection) {
    public static final PasswordCheck ACCEPTED = new PasswordCheck(Optional.empty());

    public PasswordCheck {
        java.util.Objects.requireNonNull(rejection, "rejection");
    }

    public static PasswordCheck refused(PasswordRejection reason) {
        return new PasswordCheck(Optional.of(reason));
    }

    public boolean accepted() {
        return rejection.isEmpty();
    }
}
