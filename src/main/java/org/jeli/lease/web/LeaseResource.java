package org.jeli.lease.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.lease.JobLeases;
import org.jeli.lease.Lease;

/**
 * Administrators: {@code GET /api/admin/leases} — the instance that answered, and for every
 * scheduled job who holds its lease (or held it last), since when and until when.
 */
@Path("/api/admin/leases")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class LeaseResource {
    private final JobLeases leases;

    public LeaseResource(JobLeases leases) {
        this.leases = leases;
    }

    @GET
    public Map<String, Object> leases() {
        String me = leases.instance().value();
        List<Map<String, Object>> rows =
                leases.all().stream().map(l -> row(l, me)).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance", me);
        m.put("leases", rows);
        return m;
    }

    private static Map<String, Object> row(Lease l, String me) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", l.job());
        m.put("holder", l.holder());
        m.put("held", l.held());
        m.put("thisInstance", l.holder().equals(me));
        m.put("acquiredAt", l.acquiredAt().toString());
        m.put("renewedAt", l.renewedAt().toString());
        m.put("expiresAt", l.expiresAt().toString());
        return m;
    }
}
