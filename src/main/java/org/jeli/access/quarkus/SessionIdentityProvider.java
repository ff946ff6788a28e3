package org.jeli.access.quarkus;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jeli.access.User;
import org.jeli.access.UserStore;

/**
 * Restores the identity of a web session from Quarkus's encrypted session cookie (which carries
 * only the username). The account must still be active and the session live ({@link
 * WebSessions#valid}); the identity is marked {@link #SESSION}, so that state-changing requests
 * must pass the CSRF check. The form login that opened the session checked the second factor.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    /** Boolean identity attribute: authenticated by the web session cookie. */
    public static final String SESSION = "jeli.web-session";

    private final UserStore users;
    private final WebSessions sessions;
    private final SecondFactorGate gate;

    public SessionIdentityProvider(UserStore users, WebSessions sessions, SecondFactorGate gate) {
        this.users = users;
        this.sessions = sessions;
        this.gate = gate;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getPrincipal();
        if (http == null || !sessions.valid(http, username)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> {
            User user =
                    users.findByUsername(username).filter(User::active).orElseThrow(AuthenticationFailedException::new);
            return Identities.of(user)
                    .addAttribute(SESSION, Boolean.TRUE)
                    .addAttribute(SecondFactorGate.ENROLMENT_REQUIRED, gate.enrolmentRequired(user))
                    .build();
        });
    }
}
