package org.jeli.fixity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.fixity.FixityAuditor;
import org.jeli.fixity.FixityOutcome;

/**
 * Administrators: {@code GET /api/admin/fixity} shows the audit's progress and every damaged blob
 * (by hash, with the ids of the items over it — no content); {@code POST /api/admin/fixity/run}
 * runs a whole cycle now and answers with its totals.
 */
@Path("/api/admin/fixity")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class FixityResource {
    private final FixityAuditor auditor;
    private final FixityStatusJson status;

    public FixityResource(FixityAuditor auditor, FixityStatusJson status) {
        this.auditor = auditor;
        this.status = status;
    }

    @GET
    public Map<String, Object> status() {
        return status.current();
    }

    @POST
    @Path("run")
    public Map<String, Object> run() {
        List<FixityAuditor.BatchSummary> batches = auditor.runCycleNow();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (FixityOutcome o : FixityOutcome.values()) {
            totals.put(o.name(), 0L);
        }
        long blobs = 0;
        long bytes = 0;
        for (FixityAuditor.BatchSummary b : batches) {
            blobs += b.blobs();
            bytes += b.bytes();
            b.outcomes().forEach((o, n) -> totals.merge(o.name(), (long) n, Long::sum));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycle", batches.get(0).cycle());
        m.put("batches", batches.size() - 1);
        m.put("blobs", blobs);
        m.put("bytes", bytes);
        m.put("outcomes", totals);
        m.put("damagedBlobs", auditor.damaged());
        return m;
    }
}
