package org.jeli.fixity.quarkus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jeli.fixity.FixityAuditor;

/** {@code jeli_fixity_damaged_blobs}: blobs the last audit found changed, missing or unreadable. */
@ApplicationScoped
public class FixityMetrics {
    private final MeterRegistry registry;
    private final FixityAuditor auditor;

    public FixityMetrics(MeterRegistry registry, FixityAuditor auditor) {
        this.registry = registry;
        this.auditor = auditor;
    }

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("jeli.fixity.damaged.blobs", auditor, a -> Math.max(0, a.damaged()))
                .description("Blobs the fixity audit found changed, missing or unreadable")
                .register(registry);
    }
}
