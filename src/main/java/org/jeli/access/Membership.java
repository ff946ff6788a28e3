package org.jeli.access;

import java.util.Objects;
import java.util.UUID;

/** A user's role and clearance in one collection. */
public record Membership(UUID collectionId, long userId, Role role, Sensitivity clearance) {
    public Membership {
        Objects.requireNonNull(collectionId, "collectionId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clearance, "clearance");
        if (role == Role.ADMIN) {
            throw new IllegalArgumentException("admin is an account role, not a membership role");
        }
    }
}
