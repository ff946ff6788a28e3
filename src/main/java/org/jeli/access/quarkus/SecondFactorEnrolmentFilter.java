package org.jeli.access.quarkus;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jeli.access.SecondFactorEnrolmentRequiredException;

/**
 * Refuses every request of an account that must enrol a second factor ({@link
 * SecondFactorGate#ENROLMENT_REQUIRED}) except the enrolment endpoints under {@value #ENROLMENT},
 * the enrolment page under {@value #ENROLMENT_PAGE}, logout and the language switcher. The API answers {@code 403
 * second-factor-enrolment-required}; a page read is redirected to the enrolment page. Does nothing
 * when no role requires a second factor.
 */
public class SecondFactorEnrolmentFilter {
    static final String ENROLMENT = "/api/me/second-factor";

    /** The web page where such an account enrols. */
    public static final String ENROLMENT_PAGE = "/me/second-factor";

    private static final String LOGOUT = "/api/session/logout";

    private static final String LANGUAGE = "/lang";

    private final SecondFactorGate gate;
    private final CurrentIdentityAssociation identities;

    public SecondFactorEnrolmentFilter(SecondFactorGate gate, CurrentIdentityAssociation identities) {
        this.gate = gate;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireEnrolment(ContainerRequestContext request) {
        if (!gate.enforced() || isEnrolment(request.getUriInfo().getPath())) {
            return Uni.createFrom().voidItem();
        }
        return identities
                .getDeferredIdentity()
                .invoke(identity -> {
                    if (!identity.isAnonymous()
                            && Boolean.TRUE.equals(identity.getAttribute(SecondFactorGate.ENROLMENT_REQUIRED))) {
                        throw new SecondFactorEnrolmentRequiredException();
                    }
                })
                .replaceWithVoid();
    }

    static boolean isEnrolment(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.equals(ENROLMENT)
                || p.startsWith(ENROLMENT + "/")
                || p.equals(ENROLMENT_PAGE)
                || p.startsWith(ENROLMENT_PAGE + "/")
                || p.equals(LOGOUT)
                || p.equals(LANGUAGE);
    }
}
