package org.jeli.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jeli.fixity.web.FixityStatusJson;
import org.jeli.takedown.TakedownService;
import org.jeli.takedown.web.TakedownJson;

/**
 * {@code GET /admin/protection}: the administrators' page for protection at rest — the fixity
 * audit's progress and every damaged blob with the items over it, takedown requests and legal
 * holds, from the same data as the API. Read-only and server-rendered (Qute escapes every value; no
 * script); changes go through the API ({@code /api/admin/...}), which the page names.
 */
@Path("/admin/protection")
@RolesAllowed("admin")
public class AdminPage {
    private final FixityStatusJson fixity;
    private final TakedownService takedowns;

    public AdminPage(FixityStatusJson fixity, TakedownService takedowns) {
        this.fixity = fixity;
        this.takedowns = takedowns;
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
    @SuppressWarnings("unchecked") // FixityStatusJson puts a list of objects under "damaged"
    public TemplateInstance get() {
        Map<String, Object> audit = fixity.current();
        return Templates.page(
                audit,
                (List<Map<String, Object>>) audit.get("damaged"),
                takedowns.requests().stream().map(TakedownJson::request).toList(),
                takedowns.holds().stream().map(TakedownJson::hold).toList());
    }
}
