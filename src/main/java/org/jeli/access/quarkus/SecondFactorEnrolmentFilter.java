package org.jeli.access.quarkus;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jeli.access.SecondFactorEnrolmentRequiredException;

/**
 * Refuses every API call of an account that must enrol a second factor ({@link
 * SecondFactorGate#ENROLMENT_REQUIRED}) except the enrolment endpoints under {@value #ENROLMENT}.
 * Does nothing when no role requires a second factor.
 */
public class SecondFactorEnrolmentFilter {
    static final String ENROLMENT = "/api/me/second-factor";

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
        return p.equals(ENROLMENT) || p.startsWith(ENROLMENT + "/");
    }
}
