package org.jeli.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jeli.common.InvalidFieldException;

/**
 * Administration of accounts, shared by the API and the administration pages: every change is an
 * {@code access.changed} entry. Users are deactivated, never deleted: the log refers to them.
 */
public final class UserAdministration {
    /** 2-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public static final int MAX_DISPLAY_NAME = 200;

    private final UserStore users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SecondFactors factors;
    private final AccessChanges changes;

    public UserAdministration(
            UserStore users,
            PasswordHasher hasher,
            PasswordPolicy policy,
            SecondFactors factors,
            AccessChanges changes) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.factors = factors;
        this.changes = changes;
    }

    /**
     * @throws InvalidFieldException for a bad username, role, password or display name
     * @throws ConflictException when the username is taken
     */
    public User create(long actorId, String username, String displayName, String password, String role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException(
                    "username", "2-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        }
        Role parsed;
        try {
            parsed = Role.fromLabel(role == null ? "" : role.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("role", "must be one of admin, archivist, investigator, viewer");
        }
        char[] chars = password == null ? new char[0] : password.toCharArray();
        PasswordCheck check = policy.check(username, chars);
        if (!check.accepted()) {
            throw new InvalidFieldException("password", reason(check.rejection().get()));
        }
        String display = displayName(displayName, username);
        User user = users.create(username, display, hasher.hash(chars), parsed);
        changes.changed(actorId, subject(user), Map.of("change", "created", "role", parsed.label()));
        return user;
    }

    /** The deactivated account, or empty when there is no such user. */
    public Optional<User> deactivate(long actorId, String username) {
        Optional<User> user = users.findByUsername(username);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        users.deactivate(username);
        changes.changed(actorId, subject(user.get()), Map.of("change", "deactivated"));
        User u = user.get();
        return Optional.of(new User(u.id(), u.username(), u.displayName(), u.role(), false));
    }

    /**
     * Removes a user's second factor and recovery codes (a lost authenticator). Empty when there is
     * no such user; otherwise whether there was a second factor to remove (only then logged).
     */
    public Optional<Boolean> resetSecondFactor(long actorId, String username) {
        Optional<User> user = users.findByUsername(username);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        boolean removed = factors.reset(user.get().id());
        if (removed) {
            changes.changed(actorId, subject(user.get()), Map.of("change", "second-factor-reset"));
        }
        return Optional.of(removed);
    }

    public List<User> all() {
        return users.all();
    }

    /** Whether the user has a confirmed second factor. */
    public boolean hasSecondFactor(User user) {
        return factors.enabled(user.id());
    }

    static String displayName(String displayName, String fallback) {
        String display = displayName == null || displayName.isBlank() ? fallback : displayName.strip();
        if (display.length() > MAX_DISPLAY_NAME) {
            throw new InvalidFieldException("displayName", "longer than " + MAX_DISPLAY_NAME + " characters");
        }
        return display;
    }

    static String subject(User user) {
        return "user:" + user.id();
    }

    private static String reason(PasswordRejection r) {
        return switch (r) {
            case TOO_SHORT -> "shorter than " + PasswordPolicy.MIN_LENGTH + " characters";
            case TOO_LONG -> "longer than " + PasswordPolicy.MAX_LENGTH + " characters";
            case TOO_COMMON -> "too common: it is on the list of frequently used passwords";
            case SAME_AS_USERNAME -> "must not be the username";
        };
    }
}
