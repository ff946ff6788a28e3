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
import org.jeli.access.User;
import org.jeli.access.UserAdministration;
import org.jeli.access.quarkus.CurrentUsers;

/**
 * Administration of accounts ({@link UserAdministration}, shared with the administration pages).
 * Users are deactivated, never deleted: the log refers to them.
 */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class UserResource {
    private final UserAdministration users;
    private final SecurityIdentity identity;

    public UserResource(UserAdministration users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    /** {@code {username, displayName, password, role}}. */
    public record NewUser(String username, String displayName, String password, String role) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body) {
        NewUser b = body == null ? new NewUser(null, null, null, null) : body;
        User user =
                users.create(CurrentUsers.from(identity).id(), b.username(), b.displayName(), b.password(), b.role());
        return Response.created(URI.create("/api/users/" + user.username()))
                .entity(json(user))
                .build();
    }

    @POST
    @Path("{username}/deactivate")
    public Map<String, Object> deactivate(@PathParam("username") String username) {
        return json(users.deactivate(CurrentUsers.from(identity).id(), username).orElseThrow(NotFoundException::new));
    }

    /** Removes a user's second factor and recovery codes (a lost authenticator); 204 either way. */
    @DELETE
    @Path("{username}/second-factor")
    public Response resetSecondFactor(@PathParam("username") String username) {
        users.resetSecondFactor(CurrentUsers.from(identity).id(), username).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
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
