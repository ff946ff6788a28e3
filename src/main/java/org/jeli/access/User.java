package org.jeli.access;

import java.util.Objects;

/** An account as the access slice knows it. The password hash never leaves this slice. */
public record User(long id, String username, String displayName, Role role, boolean active) {
    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
