package org.jeli.access.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jeli.access.PasswordCheck;
import org.jeli.access.PasswordHasher;
import org.jeli.access.PasswordPolicy;
import org.jeli.access.PasswordRejection;
import org.jeli.access.Role;
import org.jeli.access.SecondFactors;
import org.jeli.access.User;
import org.jeli.access.UserStore;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.InvalidFieldException;

/** Administration of accounts. Users are deactivated, never deleted: the log refers to them. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UserResource {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserStore users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AccessEvents events;
    private final SecondFactors factors;
    private final SecurityIdentity identity;

    public UserResource(
            UserStore users,
            PasswordHasher hasher,
            PasswordPolicy policy,
            AccessEvents events,
            SecondFactors factors,
            SecurityIdentity identity) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.events = events;
        this.factors = factors;
        this.identity = identity;
    }

    /** {@code {username, displayName, password, role}}. */
    public record NewUser(String username, String displayName, String password, String role) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body) {
        if (body == null
                || body.username() == null
                || !USERNAME.matcher(body.username()).matches()) {
            throw new InvalidFieldException(
                    "username", "2-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        }
        Role role;
        try {
            role = Role.fromLabel(body.role() == null ? "" : body.role());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("role", "must be one of admin, archivist, investigator, viewer");
        }
        char[] password =
                body.password() == null ? new char[0] : body.password().toCharArray();
        PasswordCheck check = policy.check(body.username(), password);
        if (!check.accepted()) {
            throw new InvalidFieldException("password", reason(check.rejection().get()));
        }
        String display =
                body.displayName() == null || body.displayName().isBlank() ? body.username() : body.displayName();
        if (display.length() > 200) {
            throw new InvalidFieldException("displayName", "longer than 200 characters");
        }
        User user = users.create(body.username(), display.strip(), hasher.hash(password), role);
        events.changed(
                CurrentUsers.from(identity).id(),
                "user:" + user.id(),
                Map.of("change", "created", "role", role.label()));
        return Response.created(URI.create("/api/users/" + user.username()))
                .entity(json(user))
                .build();
    }

    @POST
    @Path("{username}/deactivate")
    public Map<String, Object> deactivate(@PathParam("username") String username) {
        User user = users.findByUsername(username).orElseThrow(NotFoundException::new);
        users.deactivate(username);
        events.changed(CurrentUsers.from(identity).id(), "user:" + user.id(), Map.of("change", "deactivated"));
        return json(new User(user.id(), user.username(), user.displayName(), user.role(), false));
    }

    /** Removes a user's second factor and recovery codes (a lost authenticator); 204 either way. */
    @DELETE
    @Path("{username}/second-factor")
    public Response resetSecondFactor(@PathParam("username") String username) {
        User user = users.findByUsername(username).orElseThrow(NotFoundException::new);
        if (factors.reset(user.id())) {
            events.changed(
                    CurrentUsers.from(identity).id(), "user:" + user.id(), Map.of("change", "second-factor-reset"));
        }
        return Response.noContent().build();
    }

    private static String reason(PasswordRejection r) {
        return switch (r) {
            case TOO_SHORT -> "shorter than " + PasswordPolicy.MIN_LENGTH + " characters";
            case TOO_LONG -> "longer than " + PasswordPolicy.MAX_LENGTH + " characters";
            case TOO_COMMON -> "too common: it is on the list of frequently used passwords";
            case SAME_AS_USERNAME -> "must not be the username";
        };
    }

    static Map<String, Object> json(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("role", u.role().label());
        m.put("active", u.active());
        return m;
    }
}
