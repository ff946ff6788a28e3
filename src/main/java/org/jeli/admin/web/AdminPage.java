package org.jeli.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.jeli.fixity.jdbc.JdbcFixityStore;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogUnavailableException;
import org.jeli.takedown.TakedownService;

/**
 * {@code GET /admin/protection}: the administrators' page for protection at rest — the fixity
 * audit's progress and every damaged blob with the items over it, takedown requests and legal
 * holds. Read-only and server-rendered (Qute escapes every value; no script); changes go through
 * the API ({@code /api/admin/...}), which the page names.
 */
@Path("/admin/protection")
@RolesAllowed("admin")
public class AdminPage {
    private final JdbcFixityStore fixity;
    private final TakedownService takedowns;
    private final DataSource dataSource;

    public AdminPage(JdbcFixityStore fixity, TakedownService takedowns, DataSource dataSource) {
        this.fixity = fixity;
        this.takedowns = takedowns;
        this.dataSource = dataSource;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(
                Map<String, Object> audit,
                List<Map<String, Object>> damaged,
                List<Map<String, Object>> requests,
                List<Map<String, Object>> holds);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        Map<String, Object> audit = new LinkedHashMap<>();
        List<Map<String, Object>> damaged = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            JdbcFixityStore.Cursor cursor = fixity.cursor(c);
            audit.put("cycle", cursor == null ? "none yet" : Long.toString(cursor.cycle()));
            audit.put("started", cursor == null ? "—" : cursor.cycleStartedAt().toString());
            audit.put(
                    "completed",
                    cursor == null || cursor.lastCompletedAt() == null
                            ? "not yet"
                            : cursor.lastCompletedAt().toString());
            audit.put("checked", Long.toString(fixity.checkedCount(c)));
            audit.put("damaged", Long.toString(fixity.damagedCount(c)));
            for (JdbcFixityStore.Damaged d : fixity.damaged(c, 1000)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("sha256", d.sha256());
                m.put("outcome", d.outcome().name());
                m.put("detail", d.detail() == null ? "" : d.detail());
                m.put("since", d.damagedSince().toString());
                m.put(
                        "items",
                        String.join(
                                ", ", d.items().stream().map(Object::toString).toList()));
                damaged.add(m);
            }
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
        List<Map<String, Object>> requests = new ArrayList<>();
        for (var r : takedowns.requests()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id().toString());
            m.put("item", r.itemId().toString());
            m.put("reason", r.reason());
            m.put("by", EntryDraft.user(r.requestedBy()));
            m.put("at", r.requestedAt().toString());
            m.put("state", r.state());
            requests.add(m);
        }
        List<Map<String, Object>> holds = new ArrayList<>();
        for (var h : takedowns.holds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.id().toString());
            m.put("on", h.itemId() != null ? "item " + h.itemId() : "collection " + h.collectionId());
            m.put("reason", h.reason());
            m.put("by", EntryDraft.user(h.placedBy()));
            m.put("at", h.placedAt().toString());
            m.put("state", h.liftedAt() == null ? "active" : "lifted " + h.liftedAt());
            holds.add(m);
        }
        return Templates.page(audit, damaged, requests, holds);
    }
}
