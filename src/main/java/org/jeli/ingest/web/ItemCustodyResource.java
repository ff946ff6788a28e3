package org.jeli.ingest.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jeli.ingest.ItemDetails;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogReader;

/**
 * {@code GET /api/items/{id}/custody}: every log entry about the item and its blob, in log order,
 * each with its inclusion proof against the latest checkpoint (null while no checkpoint covers it).
 */
@Path("/api/items/{id}/custody")
@RolesAllowed({"admin", "archivist", "investigator", "viewer"})
public class ItemCustodyResource {
    private final ItemAccess access;
    private final LogReader log;

    public ItemCustodyResource(ItemAccess access, LogReader log) {
        this.access = access;
        this.log = log;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> custody(@PathParam("id") String id) {
        ItemDetails item = access.authorizeRecord(id).item();
        LogReader.Custody custody = log.custody(List.of(EntryDraft.item(item.id()), "blob:sha256:" + item.sha256()));
        Map<String, Object> m = CustodyJson.timeline(custody.entries(), custody.checkpoint());
        m.put("item", item.id());
        m.put("sha256", item.sha256());
        return m;
    }
}
