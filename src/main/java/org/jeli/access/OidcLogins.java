package org.jeli.access;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a verified OpenID Connect login into a Jeli account (ADR 0021). The account is found by the
 * provider's (issuer, subject) pair, never by name. A person seen for the first time is provisioned
 * with the username claim (lower-cased; it must be a valid Jeli username not already taken, so a
 * provider account cannot take over a local one) and the role their groups map to. On later logins
 * the role follows the groups again; a change is logged. Deactivated accounts and people whose groups
 * map to no role are refused. Memberships and clearances are never taken from the provider: they
 * come from Jeli's own collection memberships.
 */
public final class OidcLogins {
    /** What the provider vouched for: issuer, subject, the username and display name claims, groups. */
    public record Claims(String issuer, String subject, String username, String displayName, List<String> groups) {
        public Claims {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** How a login ended: the account when {@link Outcome#accepted()}. */
    public record Result(Outcome outcome, Optional<User> user) {
        public boolean accepted() {
            return outcome == Outcome.SIGNED_IN || outcome == Outcome.PROVISIONED;
        }
    }

    public enum Outcome {
        SIGNED_IN,
        PROVISIONED,
        NO_MAPPED_GROUP,
        INVALID_USERNAME,
        USERNAME_TAKEN,
        DEACTIVATED
    }

    private final UserStore users;
    private final OidcRoleMapping mapping;
    private final AccessChanges changes;

    public OidcLogins(UserStore users, OidcRoleMapping mapping, AccessChanges changes) {
        this.users = users;
        this.mapping = mapping;
        this.changes = changes;
    }

    public Result login(Claims claims) {
        Optional<Role> role = mapping.roleOf(claims.groups());
        Optional<User> linked = users.findByOidcSubject(claims.issuer(), claims.subject());
        if (linked.isPresent()) {
            User u = linked.get();
            if (!u.active()) {
                return refused(Outcome.DEACTIVATED);
            }
            if (role.isEmpty()) {
                return refused(Outcome.NO_MAPPED_GROUP);
            }
            if (role.get() != u.role()) {
                users.changeRole(u.id(), role.get());
                changes.changed(
                        u.id(),
                        UserAdministration.subject(u),
                        Map.of("change", "role.changed", "role", role.get().label(), "source", "oidc"));
                u = new User(u.id(), u.username(), u.displayName(), role.get(), true);
            }
            return new Result(Outcome.SIGNED_IN, Optional.of(u));
        }
        if (role.isEmpty()) {
            return refused(Outcome.NO_MAPPED_GROUP);
        }
        String username =
                claims.username() == null ? "" : claims.username().strip().toLowerCase(Locale.ROOT);
        if (!UserAdministration.USERNAME.matcher(username).matches()) {
            return refused(Outcome.INVALID_USERNAME);
        }
        if (users.findByUsername(username).isPresent()) {
            return refused(Outcome.USERNAME_TAKEN);
        }
        String display = claims.displayName() == null || claims.displayName().isBlank()
                ? username
                : claims.displayName().strip();
        if (display.length() > UserAdministration.MAX_DISPLAY_NAME) {
            display = display.substring(0, UserAdministration.MAX_DISPLAY_NAME);
        }
        User created;
        try {
            created = users.createLinked(username, display, role.get(), claims.issuer(), claims.subject());
        } catch (ConflictException e) {
            return refused(Outcome.USERNAME_TAKEN);
        }
        changes.changed(
                created.id(),
                UserAdministration.subject(created),
                Map.of("change", "created", "role", role.get().label(), "source", "oidc"));
        return new Result(Outcome.PROVISIONED, Optional.of(created));
    }

    private static Result refused(Outcome outcome) {
        return new Result(outcome, Optional.empty());
    }
}
