package org.jeli.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jeli.access.Collection;
import org.jeli.access.CollectionAdministration;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.ConflictException;
import org.jeli.access.CurrentUser;
import org.jeli.access.Role;
import org.jeli.access.User;
import org.jeli.access.UserAdministration;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.access.quarkus.FormCsrf;
import org.jeli.common.InvalidFieldException;

/**
 * {@code /admin/collections}: list and create collections; {@code /admin/collections/{id}}: its
 * members with role and clearance, and grant, change or revoke a membership. Every change goes
 * through {@link CollectionAdministration} (the same as {@code /api/collections}, logged as {@code
 * access.changed}) and answers with a redirect back and a flash message.
 */
@Path("/admin/collections")
@RolesAllowed("admin")
public class AdminCollectionsPage {
    private static final String PAGE = "/admin/collections";
    private static final List<String> ROLES = List.of("viewer", "archivist", "investigator");
    private static final List<String> CLEARANCES = List.of("public", "restricted", "confidential", "sealed");

    private final CollectionAdministration collections;
    private final UserAdministration users;
    private final AdminPageSupport support;
    private final SecurityIdentity identity;
    private final RoutingContext http;

    public AdminCollectionsPage(
            CollectionAdministration collections,
            UserAdministration users,
            AdminPageSupport support,
            SecurityIdentity identity,
            RoutingContext http) {
        this.collections = collections;
        this.users = users;
        this.support = support;
        this.identity = identity;
        this.http = http;
    }

    /** A collection in the list. */
    public record Entry(String id, String name, String description, String createdAt) {}

    /** A member of the open collection. */
    public record Member(String username, String displayName, String role, String clearance) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AdminPageSupport.Chrome chrome, List<Entry> collections);

        static native TemplateInstance collection(
                AdminPageSupport.Chrome chrome,
                Entry collection,
                List<Member> members,
                List<String> candidates,
                List<String> roles,
                List<String> clearances);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        CurrentUser me = CurrentUsers.from(identity);
        List<Entry> entries = collections.visibleTo(me).stream()
                .map(AdminCollectionsPage::entry)
                .toList();
        AdminPageSupport.Chrome chrome = support.chrome(http);
        return AdminPageSupport.localized(Templates.list(chrome, entries), chrome);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance collection(@RestPath String id) {
        Collection c = collections.find(id).orElseThrow(NotFoundException::new);
        Map<Long, User> byId = users.all().stream().collect(Collectors.toMap(User::id, Function.identity()));
        List<Member> members = collections.members(c).stream()
                .map(m -> {
                    User u = byId.get(m.userId());
                    return new Member(
                            u.username(),
                            u.displayName(),
                            m.role().label(),
                            m.clearance().label());
                })
                .toList();
        List<String> candidates = byId.values().stream()
                .filter(u -> u.active() && u.role() != Role.ADMIN)
                .map(User::username)
                .sorted()
                .toList();
        AdminPageSupport.Chrome chrome = support.chrome(http);
        return AdminPageSupport.localized(
                Templates.collection(chrome, entry(c), members, candidates, ROLES, CLEARANCES), chrome);
    }

    @POST
    @FormCsrf
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String description) {
        try {
            Collection c = collections.create(CurrentUsers.from(identity).id(), name, description);
            return support.redirect(PAGE + "/" + c.id(), true, "collectionCreated", c.name());
        } catch (InvalidFieldException e) {
            return support.redirect(PAGE, false, "refused", e.field() + ": " + e.getMessage());
        } catch (ConflictException e) {
            return support.redirect(PAGE, false, "refused", e.getMessage());
        }
    }

    @POST
    @FormCsrf
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(
            @RestPath String id, @RestForm String username, @RestForm String role, @RestForm String clearance) {
        Collection c = collections.find(id).orElseThrow(NotFoundException::new);
        String page = PAGE + "/" + c.id();
        try {
            collections.grant(CurrentUsers.from(identity).id(), c.id().toString(), username, role, clearance);
            return support.redirect(page, true, "membershipGranted", username);
        } catch (InvalidFieldException e) {
            return support.redirect(page, false, "refused", e.field() + ": " + e.getMessage());
        }
    }

    @POST
    @FormCsrf
    @Path("{id}/members/{username}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath String id, @RestPath String username) {
        Collection c = collections.find(id).orElseThrow(NotFoundException::new);
        String page = PAGE + "/" + c.id();
        try {
            collections.revoke(CurrentUsers.from(identity).id(), c.id().toString(), username);
            return support.redirect(page, true, "membershipRevoked", username);
        } catch (CollectionNotFoundException e) {
            return support.redirect(page, false, "refused", username);
        }
    }

    private static Entry entry(Collection c) {
        return new Entry(
                c.id().toString(), c.name(), c.description(), c.createdAt().toString());
    }
}
