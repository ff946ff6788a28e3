package org.jeli.access.quarkus;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Double-submit CSRF protection for web sessions: a POST, PUT, PATCH or DELETE authenticated by a
 * cookie session ({@link SessionIdentityProvider#SESSION}: form login or OpenID Connect) must carry
 * {@value WebSessions#CSRF_HEADER} equal to the {@value WebSessions#CSRF_COOKIE} cookie; otherwise
 * {@link CsrfRejectedException}. Resource methods marked {@link FormCsrf} (plain HTML forms of the
 * administration pages) may carry the token in the hidden field {@value WebSessions#CSRF_FIELD}
 * instead: for them alone the form is parsed before this check ({@code @WithFormRead} on a
 * name-bound filter), so other bodies, multipart uploads above all, are never read here. HTTP Basic
 * and API tokens are not affected: a browser does not attach them by itself.
 */
public class CsrfFilter {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CurrentIdentityAssociation identities;

    public CsrfFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Every endpoint but the {@link FormCsrf} ones: the header. */
    @ServerRequestFilter
    public Uni<Void> requireToken(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(FormCsrf.class)
                        || resource.getResourceClass().isAnnotationPresent(FormCsrf.class))) {
            return Uni.createFrom().voidItem();
        }
        return check(request, request.getHeaderString(WebSessions.CSRF_HEADER));
    }

    /** {@link FormCsrf} endpoints: the header, or else the hidden form field. */
    @ServerRequestFilter
    @WithFormRead
    @FormCsrf
    public Uni<Void> requireTokenOrField(ResteasyReactiveContainerRequestContext request) {
        String header = request.getHeaderString(WebSessions.CSRF_HEADER);
        return check(request, header != null ? header : formField(request));
    }

    private Uni<Void> check(ContainerRequestContext request, String supplied) {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        Cookie cookie = request.getCookies().get(WebSessions.CSRF_COOKIE);
        return identities
                .getDeferredIdentity()
                .invoke(identity -> {
                    if (Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.SESSION))
                            && !WebSessions.csrfMatches(cookie == null ? null : cookie.getValue(), supplied)) {
                        throw new CsrfRejectedException();
                    }
                })
                .replaceWithVoid();
    }

    private static String formField(ResteasyReactiveContainerRequestContext request) {
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            Object value = context.getFormParameter(WebSessions.CSRF_FIELD, true, false);
            return value instanceof String s ? s : null;
        }
        return null;
    }
}
