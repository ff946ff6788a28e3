package org.jeli.viewer.web;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jeli.access.ConflictException;
import org.jeli.access.CurrentUser;
import org.jeli.access.Enrolment;
import org.jeli.access.SecondFactors;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.access.quarkus.FormCsrf;
import org.jeli.access.quarkus.TokenIdentityProvider;
import org.jeli.access.quarkus.WebSessions;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.web.QrCodes;

/**
 * {@code /me/second-factor}: enrolling one's own TOTP second factor from the browser, through
 * {@link SecondFactors} like {@code /api/me/second-factor}. A plain form starts an enrolment; the
 * page then shows the secret (base32) and its {@code otpauth://} URI as a QR code drawn on the
 * server ({@code qr.svg}, an image of this origin: no inline style or script); a form confirms it
 * with the authenticator's code and the answer shows the ten recovery codes, once. Accounts whose
 * role requires a second factor are sent here from every page until they have one. Forms carry the
 * CSRF token in the hidden {@value WebSessions#CSRF_FIELD} field. API tokens cannot enrol.
 */
@Path("/me/second-factor")
@Authenticated
public class SecondFactorPage {
    private static final String PAGE = "/me/second-factor";

    private final Pages pages;
    private final SecondFactors factors;
    private final SecurityIdentity identity;
    private final RoutingContext http;

    public SecondFactorPage(Pages pages, SecondFactors factors, SecurityIdentity identity, RoutingContext http) {
        this.pages = pages;
        this.factors = factors;
        this.identity = identity;
        this.http = http;
    }

    /**
     * What the page shows: {@code enabled}, {@code pending} (secret, QR and the confirmation form),
     * {@code none} (the button that starts) or {@code confirmed} (the recovery codes, once).
     */
    public record State(String step, String secret, String otpauthUri, List<String> recoveryCodes, boolean wrongCode) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext page, State state, String csrf);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@Context HttpHeaders headers, @Context UriInfo uri) {
        CurrentUser user = passwordUser();
        return render(headers, uri, current(user, false));
    }

    /** Starts (or restarts) an enrolment, then shows it. */
    @POST
    @FormCsrf
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start() {
        CurrentUser user = passwordUser();
        try {
            factors.start(user.id(), user.username());
        } catch (ConflictException e) {
            // already enabled: the page says so
        }
        return Response.seeOther(URI.create(PAGE)).build();
    }

    /** Confirms with the authenticator's code; the answer shows the recovery codes this once. */
    @POST
    @Path("confirm")
    @FormCsrf
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@RestForm String code, @Context HttpHeaders headers, @Context UriInfo uri) {
        CurrentUser user = passwordUser();
        try {
            List<String> codes = factors.confirm(user.id(), code == null ? "" : code);
            return Response.ok(render(headers, uri, new State("confirmed", null, null, codes, false)))
                    .build();
        } catch (ConflictException e) {
            return Response.seeOther(URI.create(PAGE)).build();
        } catch (InvalidFieldException e) {
            return Response.status(400)
                    .entity(render(headers, uri, current(user, true)))
                    .build();
        }
    }

    /** The pending enrolment's {@code otpauth://} URI as a QR code; 404 when none is pending. */
    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml")
    public Response qr() {
        CurrentUser user = passwordUser();
        Optional<Enrolment> pending = factors.pending(user.id(), user.username());
        if (pending.isEmpty()) {
            return Response.status(404).build();
        }
        return Response.ok(QrCodes.svg(pending.get().otpauthUri()), "image/svg+xml")
                .header("Cache-Control", "no-store")
                .build();
    }

    private State current(CurrentUser user, boolean wrongCode) {
        if (factors.enabled(user.id())) {
            return new State("enabled", null, null, List.of(), false);
        }
        return factors.pending(user.id(), user.username())
                .map(e -> new State("pending", e.secret(), e.otpauthUri(), List.of(), wrongCode))
                .orElse(new State("none", null, null, List.of(), false));
    }

    private TemplateInstance render(HttpHeaders headers, UriInfo uri, State state) {
        PageContext context = pages.context(headers, uri);
        return Pages.localized(Templates.page(context, state, WebSessions.csrfToken(http)), context);
    }

    private CurrentUser passwordUser() {
        if (identity.getAttribute(TokenIdentityProvider.TOKEN_ID) != null) {
            throw new ForbiddenException();
        }
        return CurrentUsers.from(identity);
    }
}
