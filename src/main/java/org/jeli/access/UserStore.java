package org.jeli.access;

import java.util.List;
import java.util.Optional;

/** Port: where accounts and their password hashes are kept. */
public interface UserStore {
    Optional<User> findByUsername(String username);

    /**
     * The stored password hash of an active user, if any. Accounts provisioned by OpenID Connect
     * have none, so a password login of them costs the same as one of an unknown user.
     */
    Optional<String> passwordHashOf(String username);

    boolean anyAdmin();

    /** @throws ConflictException when the username is taken */
    User create(String username, String displayName, String passwordHash, Role role);

    /** Deactivates an account (never deleted: the log refers to it); false when unknown. */
    boolean deactivate(String username);

    /** Every account, active or not, by username. */
    List<User> all();

    /** The account linked to an OpenID Connect provider's (issuer, subject) pair. */
    Optional<User> findByOidcSubject(String issuer, String subject);

    /**
     * Creates an account linked to an OpenID Connect (issuer, subject) pair, without a usable
     * password.
     *
     * @throws ConflictException when the username is taken
     */
    User createLinked(String username, String displayName, Role role, String issuer, String subject);

    /** Changes an account's role. */
    void changeRole(long userId, Role role);

    /** The display names (else usernames) of these accounts, active or not, in one lookup; unknown ids are absent. */
    java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids);
}
