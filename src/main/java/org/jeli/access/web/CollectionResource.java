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
import org.jeli.access.CollectionAdministration;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.CurrentUser;
import org.jeli.access.Membership;
import org.jeli.access.quarkus.CurrentUsers;

/**
 * Collections (cases) and their memberships ({@link CollectionAdministration}, shared with the
 * administration pages). Administrators create collections and grant memberships; everyone else
 * sees only the collections they belong to, with their own role and clearance. Every grant, change
 * and revocation is an {@code access.changed} log entry.
 */
@Path("/api/collections")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {
    private final CollectionAdministration collections;
    private final SecurityIdentity identity;

    public CollectionResource(CollectionAdministration collections, SecurityIdentity identity) {
        this.collections = collections;
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
        NewCollection b = body == null ? new NewCollection(null, null) : body;
        Collection c = collections.create(CurrentUsers.from(identity).id(), b.name(), b.description());
        return Response.created(URI.create("/api/collections/" + c.id()))
                .entity(json(c, null))
                .build();
    }

    @GET
    @RolesAllowed({"admin", "archivist", "investigator", "viewer"})
    public Map<String, Object> list() {
        CurrentUser me = CurrentUsers.from(identity);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Collection c : collections.visibleTo(me)) {
            out.add(json(c, collections.membership(me.id(), c).orElse(null)));
        }
        return Map.of("collections", out);
    }

    @PUT
    @Path("{id}/members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Map<String, Object> grant(@PathParam("id") String id, @PathParam("username") String username, Grant body) {
        Grant b = body == null ? new Grant(null, null) : body;
        Collection c = collections.find(id).orElseThrow(CollectionNotFoundException::new);
        Membership m = collections.grant(CurrentUsers.from(identity).id(), id, username, b.role(), b.clearance());
        return json(c, m);
    }

    @DELETE
    @Path("{id}/members/{username}")
    @RolesAllowed("admin")
    public Response revoke(@PathParam("id") String id, @PathParam("username") String username) {
        collections.revoke(CurrentUsers.from(identity).id(), id, username);
        return Response.noContent().build();
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
