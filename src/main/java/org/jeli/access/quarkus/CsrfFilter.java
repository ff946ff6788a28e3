package org.jeli.access.quarkus;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Double-submit CSRF protection for web sessions: a POST, PUT, PATCH or DELETE authenticated by
 * the session cookie ({@link SessionIdentityProvider#SESSION}) must carry {@value
 * WebSessions#CSRF_HEADER} equal to the {@value WebSessions#CSRF_COOKIE} cookie; otherwise {@link
 * CsrfRejectedException}. HTTP Basic and API tokens are not affected: a browser does not attach
 * them by itself.
 */
public class CsrfFilter {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CurrentIdentityAssociation identities;

    public CsrfFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireToken(ContainerRequestContext request) {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        Cookie cookie = request.getCookies().get(WebSessions.CSRF_COOKIE);
        String header = request.getHeaderString(WebSessions.CSRF_HEADER);
        return identities
                .getDeferredIdentity()
                .invoke(identity -> {
                    if (Boolean.TRUE.equals(identity.getAttribute(SessionIdentityProvider.SESSION))
                            && !WebSessions.csrfMatches(cookie == null ? null : cookie.getValue(), header)) {
                        throw new CsrfRejectedException();
                    }
                })
                .replaceWithVoid();
    }
}
