package org.jeli.access;

import java.util.Optional;

/** Port: where accounts and their password hashes are kept. */
public interface UserStore {
    Optional<User> findByUsername(String username);

    /** The stored password hash of an active user, if any. */
    Optional<String> passwordHashOf(String username);

    boolean anyAdmin();

    User create(String username, String displayName, String passwordHash, Role role);

    /** Deactivates an account (never deleted: the log refers to it); false when unknown. */
    boolean deactivate(String username);
}
