package org.jeli.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jeli.access.ConflictException;
import org.jeli.access.UserAdministration;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.access.quarkus.FormCsrf;
import org.jeli.common.InvalidFieldException;

/**
 * {@code /admin/users}: list accounts, create one, deactivate one, reset a second factor. Every change
 * goes through {@link UserAdministration} (the same as {@code /api/users}, so it is logged as
 * {@code access.changed}) and answers with a redirect back here and a flash message. Forms carry the
 * CSRF token in a hidden field.
 */
@Path("/admin/users")
@RolesAllowed("admin")
public class AdminUsersPage {
    private static final String PAGE = "/admin/users";

    private final UserAdministration users;
    private final AdminPageSupport support;
    private final SecurityIdentity identity;
    private final RoutingContext http;

    public AdminUsersPage(
            UserAdministration users, AdminPageSupport support, SecurityIdentity identity, RoutingContext http) {
        this.users = users;
        this.support = support;
        this.identity = identity;
        this.http = http;
    }

    /** One account as the page shows it. */
    public record Row(String username, String displayName, String role, boolean active, boolean secondFactor) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AdminPageSupport.Chrome chrome, List<Row> users, List<String> roles);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        List<Row> rows = users.all().stream()
                .map(u ->
                        new Row(u.username(), u.displayName(), u.role().label(), u.active(), users.hasSecondFactor(u)))
                .toList();
        AdminPageSupport.Chrome chrome = support.chrome(http);
        return AdminPageSupport.localized(
                Templates.page(chrome, rows, List.of("viewer", "archivist", "investigator", "admin")), chrome);
    }

    @POST
    @FormCsrf
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @RestForm String username, @RestForm String displayName, @RestForm String password, @RestForm String role) {
        try {
            users.create(CurrentUsers.from(identity).id(), username, displayName, password, role);
            return support.redirect(PAGE, true, "userCreated", username);
        } catch (InvalidFieldException e) {
            return support.redirect(PAGE, false, "refused", e.field() + ": " + e.getMessage());
        } catch (ConflictException e) {
            return support.redirect(PAGE, false, "refused", e.getMessage());
        }
    }

    @POST
    @FormCsrf
    @Path("{username}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@RestPath String username) {
        boolean done =
                users.deactivate(CurrentUsers.from(identity).id(), username).isPresent();
        return support.redirect(PAGE, done, done ? "userDeactivated" : "refused", username);
    }

    @POST
    @FormCsrf
    @Path("{username}/second-factor/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetSecondFactor(@RestPath String username) {
        return users.resetSecondFactor(CurrentUsers.from(identity).id(), username)
                .map(removed ->
                        support.redirect(PAGE, true, removed ? "secondFactorReset" : "secondFactorAbsent", username))
                .orElseGet(() -> support.redirect(PAGE, false, "refused", username));
    }
}
