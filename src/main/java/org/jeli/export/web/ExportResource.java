package org.jeli.export.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jeli.access.CurrentUser;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.InvalidFieldException;
import org.jeli.export.ExportRequest;
import org.jeli.export.ExportService;
import org.jeli.export.PreparedExport;

/**
 * {@code POST /api/exports}: {@code {"items": [ids]}} or {@code {"collection": id-or-name}}, with
 * {@code "derivatives": true} to include derivatives. Answers with the evidence package as a
 * streamed zip (a BagIt bag). Access is checked and the export logged before the first byte.
 */
@Path("/api/exports")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ExportResource {
    private final ExportService exports;
    private final ExportSelection selection;
    private final SecurityIdentity identity;

    public ExportResource(ExportService exports, ExportSelection selection, SecurityIdentity identity) {
        this.exports = exports;
        this.selection = selection;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/zip", "application/problem+json"})
    public Response export(Map<String, Object> body) {
        ExportRequest request = request(body);
        CurrentUser user = CurrentUsers.from(identity);
        PreparedExport export = exports.prepare(selection.select(request, user), request.derivatives(), user);
        StreamingOutput stream = out -> exports.write(export, out);
        return Response.ok(stream, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + export.name() + ".zip\"")
                .header("X-Jeli-Export", export.id().toString())
                .build();
    }

    private static ExportRequest request(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidFieldException("items", "give either items or collection");
        }
        List<String> items = null;
        Object rawItems = body.get("items");
        if (rawItems != null) {
            if (!(rawItems instanceof List<?> list)) {
                throw new InvalidFieldException("items", "must be a list of item ids");
            }
            items = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw new InvalidFieldException("items", "must be a list of item ids");
                }
                items.add(s);
            }
        }
        Object collection = body.get("collection");
        if (collection != null && !(collection instanceof String)) {
            throw new InvalidFieldException("collection", "must be a collection id or name");
        }
        Object derivatives = body.getOrDefault("derivatives", Boolean.FALSE);
        if (!(derivatives instanceof Boolean d)) {
            throw new InvalidFieldException("derivatives", "must be true or false");
        }
        return new ExportRequest(items, (String) collection, d);
    }
}
