package org.jeli.access.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.access.Collection;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.CurrentUser;
import org.jeli.access.Membership;
import org.jeli.access.Role;
import org.jeli.access.Sensitivity;
import org.jeli.access.User;
import org.jeli.access.UserStore;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.InvalidFieldException;

/**
 * Collections (cases) and their memberships. Administrators create collections and grant
 * memberships; everyone else sees only the collections they belong to, with their own role and
 * clearance. Every grant, change and revocation is an {@code access.changed} log entry.
 */
@Path("/api/collections")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {
    private final JdbcAccessStore access;
    private final UserStore users;
    private final AccessEvents events;
    private final SecurityIdentity identity;

    public CollectionResource(JdbcAccessStore access, UserStore users, AccessEvents events, SecurityIdentity identity) {
        this.access = access;
        this.users = users;
        this.events = events;
        this.identity = identity;
    }

    /** {@code {name, description}}. */
    public record NewCollection(String name, String description) {}

    /** {@code {role, clearance}}. */
    public record Grant(String role, String clearance) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response create(NewCollection body) {
        String name = body == null || body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("name", "1-200 characters without control characters");
        }
        String description = body.description() == null ? "" : body.description();
        if (description.length() > 5000) {
            throw new InvalidFieldException("description", "longer than 5000 characters");
        }
        CurrentUser me = CurrentUsers.from(identity);
        Collection c = access.createCollection(name, description, me.id());
        events.changed(me.id(), "collection:" + c.id(), Map.of("change", "collection.created"));
        return Response.created(URI.create("/api/collections/" + c.id()))
                .entity(json(c, null))
                .build();
    }

    @GET
    @RolesAllowed({"admin", "archivist", "investigator", "viewer"})
    public Map<String, Object> list() {
        CurrentUser me = CurrentUsers.from(identity);
        List<Collection> visible = me.role() == Role.ADMIN ? access.collections() : access.collectionsOf(me.id());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Collection c : visible) {
            out.add(json(c, access.membership(me.id(), c.id()).orElse(null)));
        }
        return Map.of("collections", out);
    }

    @PUT
    @Path("{id}/members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Map<String, Object> grant(@PathParam("id") String id, @PathParam("username") String username, Grant body) {
        Collection c = access.collection(id).orElseThrow(CollectionNotFoundException::new);
        User user = users.findByUsername(username)
                .filter(User::active)
                .orElseThrow(() -> new InvalidFieldException("username", "no such active user"));
        Role role = parse("role", body == null ? null : body.role(), Role::fromLabel);
        if (role == Role.ADMIN) {
            throw new InvalidFieldException("role", "must be archivist, investigator or viewer");
        }
        Sensitivity clearance = parse("clearance", body.clearance(), Sensitivity::fromLabel);
        CurrentUser me = CurrentUsers.from(identity);
        Membership m = new Membership(c.id(), user.id(), role, clearance);
        access.putMembership(m, me.id());
        events.changed(
                me.id(),
                "collection:" + c.id(),
                Map.of(
                        "change",
                        "membership.granted",
                        "user",
                        "user:" + user.id(),
                        "role",
                        role.label(),
                        "clearance",
                        clearance.label()));
        return json(c, m);
    }

    @DELETE
    @Path("{id}/members/{username}")
    @RolesAllowed("admin")
    public Response revoke(@PathParam("id") String id, @PathParam("username") String username) {
        Collection c = access.collection(id).orElseThrow(CollectionNotFoundException::new);
        User user = users.findByUsername(username).orElseThrow(CollectionNotFoundException::new);
        if (!access.removeMembership(c.id(), user.id())) {
            throw new CollectionNotFoundException();
        }
        CurrentUser me = CurrentUsers.from(identity);
        events.changed(
                me.id(), "collection:" + c.id(), Map.of("change", "membership.revoked", "user", "user:" + user.id()));
        return Response.noContent().build();
    }

    private static <T> T parse(String field, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    field,
                    field.equals("role")
                            ? "must be archivist, investigator or viewer"
                            : "must be public, restricted, confidential or sealed");
        }
    }

    static Map<String, Object> json(Collection c, Membership mine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("description", c.description());
        m.put("createdAt", c.createdAt().toString());
        if (mine != null) {
            m.put("role", mine.role().label());
            m.put("clearance", mine.clearance().label());
        }
        return m;
    }
}
