package org.jeli.provenance.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.provenance.AuditProblem;
import org.jeli.provenance.AuditReport;
import org.jeli.provenance.Checkpointer;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAuditService;
import org.jeli.provenance.LogKeys;
import org.jeli.provenance.StoredCheckpoint;

/** Administration of the log: audits and checkpoints on demand. */
@Path("/api/log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class LogAdminResource {
    private final LogAuditService audits;
    private final Checkpointer checkpointer;
    private final LogKeys keys;
    private final SecurityIdentity identity;

    public LogAdminResource(
            LogAuditService audits, Checkpointer checkpointer, LogKeys keys, SecurityIdentity identity) {
        this.audits = audits;
        this.checkpointer = checkpointer;
        this.keys = keys;
        this.identity = identity;
    }

    /** A new signing key signs from now on; the old one stays published, retired. */
    @POST
    @Path("keys/rotate")
    public Map<String, Object> rotate() {
        Map<String, Object> m = KeyJson.of(
                keys.rotate(EntryDraft.user(CurrentUsers.from(identity).id())));
        checkpointer.checkpointNow();
        return m;
    }

    @GET
    @Path("audit")
    public Map<String, Object> latestAudit() {
        return json(audits.latest().orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("audit")
    public Map<String, Object> auditNow() {
        return json(audits.runNow());
    }

    @POST
    @Path("checkpoints")
    public Map<String, Object> checkpointNow() {
        StoredCheckpoint cp = checkpointer.checkpointNow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", cp.size());
        m.put("rootHash", java.util.Base64.getEncoder().encodeToString(cp.rootHash()));
        m.put("keyId", cp.keyId());
        m.put("note", cp.note());
        return m;
    }

    static Map<String, Object> json(AuditReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", r.passed());
        m.put("startedAt", r.startedAt().toString());
        m.put("finishedAt", r.finishedAt().toString());
        m.put("entriesChecked", r.entriesChecked());
        m.put("checkpointsChecked", r.checkpointsChecked());
        List<Map<String, Object>> problems =
                r.problems().stream().map(LogAdminResource::problem).toList();
        m.put("problems", problems);
        return m;
    }

    private static Map<String, Object> problem(AuditProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        if (p.index() >= 0) {
            m.put("index", p.index());
        }
        if (p.checkpointSize() >= 0) {
            m.put("checkpointSize", p.checkpointSize());
        }
        if (p.expected() != null) {
            m.put("expected", p.expected());
        }
        if (p.actual() != null) {
            m.put("actual", p.actual());
        }
        return m;
    }
}
