package org.jeli.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jeli.access.ApiToken;
import org.jeli.access.ApiTokens;
import org.jeli.access.IssuedToken;
import org.jeli.access.TokenNotFoundException;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.access.quarkus.FormCsrf;
import org.jeli.access.quarkus.TokenIdentityProvider;
import org.jeli.common.Ids;
import org.jeli.common.InvalidFieldException;

/**
 * {@code /me/tokens}: one's own personal API tokens (any role), through {@link ApiTokens} like
 * {@code /api/tokens}. A new token is shown once, in the answer to the form that created it (so that
 * answer is a page, not a redirect); revocation redirects back with a flash message.
 */
@Path("/me/tokens")
@Authenticated
public class MyTokensPage {
    private static final String PAGE = "/me/tokens";

    private final ApiTokens tokens;
    private final AdminPageSupport support;
    private final SecurityIdentity identity;
    private final RoutingContext http;

    public MyTokensPage(ApiTokens tokens, AdminPageSupport support, SecurityIdentity identity, RoutingContext http) {
        this.tokens = tokens;
        this.support = support;
        this.identity = identity;
        this.http = http;
    }

    /** A token as its owner sees it: never the secret. */
    public record Row(String id, String name, String createdAt, String expiresAt, String lastUsedAt, boolean revoked) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AdminPageSupport.Chrome chrome, List<Row> tokens, String secret);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return render(null);
    }

    @POST
    @FormCsrf
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String name, @RestForm String expiresOn) {
        long me = CurrentUsers.from(identity).id();
        if (identity.getAttribute(TokenIdentityProvider.TOKEN_ID) != null) {
            throw new ForbiddenException();
        }
        try {
            IssuedToken issued = tokens.issue(me, name, expiry(expiresOn));
            return Response.ok(render(issued.secret())).build();
        } catch (InvalidFieldException e) {
            return support.redirect(PAGE, false, "refused", e.field() + ": " + e.getMessage());
        }
    }

    @POST
    @FormCsrf
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath String id) {
        long me = CurrentUsers.from(identity).id();
        Optional<ApiToken> token = Ids.parseUuid(id).flatMap(uuid -> find(me, uuid));
        try {
            tokens.revoke(me, token.map(ApiToken::id).orElseThrow(TokenNotFoundException::new));
            return support.redirect(PAGE, true, "tokenRevoked", token.get().name());
        } catch (TokenNotFoundException e) {
            return support.redirect(PAGE, false, "refused", id);
        }
    }

    private TemplateInstance render(String secret) {
        List<Row> rows = tokens.ownedBy(CurrentUsers.from(identity).id()).stream()
                .map(t -> new Row(
                        t.id().toString(),
                        t.name(),
                        t.createdAt().toString(),
                        text(t.expiresAt()),
                        text(t.lastUsedAt()),
                        t.revokedAt() != null))
                .toList();
        AdminPageSupport.Chrome chrome = support.chrome(http);
        return AdminPageSupport.localized(Templates.page(chrome, rows, secret), chrome);
    }

    private Optional<ApiToken> find(long me, UUID id) {
        return tokens.ownedBy(me).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A date from the form ({@code YYYY-MM-DD}): the token expires at its start, UTC. */
    private static Optional<Instant> expiry(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDate.parse(date.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("expiresOn", "must be a date such as 2030-01-31");
        }
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }
}
