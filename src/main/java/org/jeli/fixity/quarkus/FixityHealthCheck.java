package org.jeli.fixity.quarkus;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jeli.fixity.FixityAuditor;

/**
 * DEGRADED (reported DOWN in {@code /q/health} and {@code /q/health/well}) while the fixity audit
 * knows damaged blobs. It is a wellness check, not readiness: the archive keeps serving everything
 * else while someone repairs or restores the damaged bytes.
 */
@Wellness
@ApplicationScoped
public class FixityHealthCheck implements HealthCheck {
    private final FixityAuditor auditor;

    public FixityHealthCheck(FixityAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public HealthCheckResponse call() {
        long damaged = auditor.damaged();
        var b = HealthCheckResponse.named("fixity").withData("damagedBlobs", damaged);
        return damaged > 0 ? b.down().withData("state", "DEGRADED").build() : b.up().build();
    }
}
