package org.jeli.takedown.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.Ids;
import org.jeli.common.InvalidFieldException;
import org.jeli.takedown.TakedownNotFoundException;
import org.jeli.takedown.TakedownService;
import org.jeli.takedown.jdbc.JdbcTakedownStore.Hold;

/**
 * Administrators: takedown requests and their approval (two-person rule), and legal holds.
 *
 * <ul>
 *   <li>{@code POST /api/admin/takedowns} {@code {item, reason, requester}}; {@code GET} lists them
 *   <li>{@code POST /api/admin/takedowns/{id}/approve}, {@code .../reject}
 *   <li>{@code POST /api/admin/holds} {@code {item | collection, reason}}; {@code GET} lists them;
 *       {@code DELETE /api/admin/holds/{id}} lifts one
 * </ul>
 */
@Path("/api/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class TakedownResource {
    private final TakedownService takedowns;
    private final SecurityIdentity identity;

    public TakedownResource(TakedownService takedowns, SecurityIdentity identity) {
        this.takedowns = takedowns;
        this.identity = identity;
    }

    @POST
    @Path("takedowns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(Map<String, Object> body) {
        UUID item = uuid(body, "item");
        TakedownService.Outcome o = takedowns.request(item, string(body, "reason"), string(body, "requester"), admin());
        return Response.status(201).entity(json(o)).build();
    }

    @GET
    @Path("takedowns")
    public Map<String, Object> requests() {
        return Map.of(
                "takedowns",
                takedowns.requests().stream().map(TakedownJson::request).toList());
    }

    @POST
    @Path("takedowns/{id}/approve")
    public Map<String, Object> approve(@PathParam("id") String id) {
        return json(takedowns.approve(requestId(id), admin()));
    }

    @POST
    @Path("takedowns/{id}/reject")
    public Map<String, Object> reject(@PathParam("id") String id) {
        return json(takedowns.reject(requestId(id), admin()));
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response placeHold(Map<String, Object> body) {
        UUID item = body != null && body.get("item") != null ? uuid(body, "item") : null;
        UUID collection = body != null && body.get("collection") != null ? uuid(body, "collection") : null;
        Hold h = takedowns.placeHold(item, collection, string(body, "reason"), admin());
        return Response.status(201).entity(TakedownJson.hold(h)).build();
    }

    @GET
    @Path("holds")
    public Map<String, Object> holds() {
        return Map.of(
                "holds", takedowns.holds().stream().map(TakedownJson::hold).toList());
    }

    @DELETE
    @Path("holds/{id}")
    public Map<String, Object> liftHold(@PathParam("id") String id) {
        UUID hold = Ids.parseUuid(id).orElseThrow(() -> new TakedownNotFoundException("active legal hold"));
        return TakedownJson.hold(takedowns.liftHold(hold, admin()));
    }

    private long admin() {
        return CurrentUsers.from(identity).id();
    }

    private static UUID requestId(String id) {
        return Ids.parseUuid(id).orElseThrow(() -> new TakedownNotFoundException("takedown request"));
    }

    private static UUID uuid(Map<String, Object> body, String field) {
        return Ids.parseUuid(string(body, field)).orElseThrow(() -> new InvalidFieldException(field, "is not an id"));
    }

    private static String string(Map<String, Object> body, String field) {
        Object v = body == null ? null : body.get(field);
        if (!(v instanceof String s)) {
            throw new InvalidFieldException(field, "is required");
        }
        return s;
    }

    private static Map<String, Object> json(TakedownService.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.requestId());
        m.put("state", o.state());
        m.put("approvals", o.approvals());
        m.put("approvalsRequired", o.approvalsRequired());
        m.put("takenDown", o.takenDown());
        return m;
    }
}
