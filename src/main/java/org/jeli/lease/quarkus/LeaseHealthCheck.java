package org.jeli.lease.quarkus;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jeli.lease.JobLeases;

/**
 * Which scheduled jobs this instance runs now (the leases it holds) and its instance id; always UP,
 * for operators. {@code GET /api/admin/leases} lists every lease with its holder.
 */
@Wellness
@ApplicationScoped
public class LeaseHealthCheck implements HealthCheck {
    private final JobLeases leases;

    public LeaseHealthCheck(JobLeases leases) {
        this.leases = leases;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("job leases")
                .withData("instance", leases.instance().value())
                .withData("runs", String.join(",", leases.held()))
                .up()
                .build();
    }
}
