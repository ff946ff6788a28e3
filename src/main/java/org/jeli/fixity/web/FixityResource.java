package org.jeli.fixity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jeli.fixity.FixityAuditor;
import org.jeli.fixity.FixityOutcome;
import org.jeli.fixity.jdbc.JdbcFixityStore;
import org.jeli.provenance.LogUnavailableException;

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
    private final JdbcFixityStore store;
    private final DataSource dataSource;

    public FixityResource(FixityAuditor auditor, JdbcFixityStore store, DataSource dataSource) {
        this.auditor = auditor;
        this.store = store;
        this.dataSource = dataSource;
    }

    @GET
    public Map<String, Object> status() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Object> m = new LinkedHashMap<>();
            JdbcFixityStore.Cursor cursor = store.cursor(c);
            m.put("cycle", cursor == null ? 0 : cursor.cycle());
            m.put(
                    "cycleStartedAt",
                    cursor == null ? null : cursor.cycleStartedAt().toString());
            m.put(
                    "lastCompletedAt",
                    cursor == null || cursor.lastCompletedAt() == null
                            ? null
                            : cursor.lastCompletedAt().toString());
            m.put("blobsChecked", store.checkedCount(c));
            m.put("damagedBlobs", store.damagedCount(c));
            List<Map<String, Object>> damaged = new ArrayList<>();
            for (JdbcFixityStore.Damaged d : store.damaged(c, 1000)) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("sha256", d.sha256());
                dm.put("outcome", d.outcome().name());
                dm.put("detail", d.detail());
                dm.put("checkedAt", d.checkedAt().toString());
                dm.put("damagedSince", d.damagedSince().toString());
                dm.put("items", d.items());
                damaged.add(dm);
            }
            m.put("damaged", damaged);
            return m;
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
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
