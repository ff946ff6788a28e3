package org.jeli.access.quarkus;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jeli.access.OidcLogins;

/**
 * Replaces the identity an OpenID Connect code-flow login produced (the provider's ID token) with
 * the Jeli account it maps to ({@link OidcLogins}): same attributes as every other login, marked as
 * a cookie session ({@link SessionIdentityProvider#SESSION}) so that state-changing requests need the
 * CSRF token, which is issued here when the browser has none. The second factor is the provider's
 * business (SECURITY.md). Identities of every other mechanism pass through untouched.
 */
@ApplicationScoped
public class OidcIdentityAugmentor implements SecurityIdentityAugmentor {
    private static final Logger LOG = Logger.getLogger(OidcIdentityAugmentor.class);

    private final OidcLogins logins;
    private final OidcConfig config;
    private final WebSessions sessions;

    public OidcIdentityAugmentor(OidcLogins logins, OidcConfig config, WebSessions sessions) {
        this.logins = logins;
        this.config = config;
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        if (identity.isAnonymous()
                || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (!config.enabled()) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        RoutingContext http = routingContext(identity, attributes);
        OidcLogins.Claims claims = new OidcLogins.Claims(
                token.getIssuer(),
                token.getSubject(),
                text(token.getClaim(config.usernameClaim())),
                text(token.getClaim(config.displayNameClaim())),
                texts(token.getClaim(config.groupsClaim())));
        return context.runBlocking(() -> {
            OidcLogins.Result result = logins.login(claims);
            if (!result.accepted()) {
                LOG.infof("OpenID Connect login refused: %s", result.outcome());
                throw new AuthenticationFailedException();
            }
            if (result.outcome() == OidcLogins.Outcome.PROVISIONED) {
                LOG.infof(
                        "OpenID Connect login provisioned account %d",
                        result.user().get().id());
            }
            if (http != null) {
                sessions.ensureCsrfCookie(http);
            }
            return Identities.of(result.user().get())
                    .addAttribute(SessionIdentityProvider.SESSION, Boolean.TRUE)
                    .addAttribute(SecondFactorGate.ENROLMENT_REQUIRED, Boolean.FALSE)
                    .build();
        });
    }

    private static RoutingContext routingContext(SecurityIdentity identity, Map<String, Object> attributes) {
        Object rc = identity.getAttribute(RoutingContext.class.getName());
        if (rc == null) {
            rc = attributes.get(RoutingContext.class.getName());
        }
        return rc instanceof RoutingContext r ? r : null;
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        return claim instanceof String s ? s : null;
    }

    private static List<String> texts(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            for (Object v : values) {
                String s = text(v);
                if (s != null) {
                    out.add(s);
                }
            }
        } else if (text(claim) != null) {
            out.add(text(claim));
        }
        return out;
    }
}
