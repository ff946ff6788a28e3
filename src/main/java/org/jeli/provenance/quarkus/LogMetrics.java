package org.jeli.provenance.quarkus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jeli.provenance.AuditReport;
import org.jeli.provenance.LogAuditService;
import org.jeli.provenance.Timestamper;

/** Prometheus gauges of the log's health: the timestamp backlog and the last audit's problems. */
@ApplicationScoped
public class LogMetrics {
    private final MeterRegistry registry;
    private final Timestamper timestamper;
    private final LogAuditService audits;

    public LogMetrics(MeterRegistry registry, Timestamper timestamper, LogAuditService audits) {
        this.registry = registry;
        this.timestamper = timestamper;
        this.audits = audits;
    }

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("jeli.log.timestamp.backlog", timestamper, Timestamper::backlog)
                .description("checkpoint/authority pairs still waiting for an RFC 3161 timestamp")
                .register(registry);
        Gauge.builder(
                        "jeli.log.audit.problems",
                        audits,
                        a -> a.latest().map(r -> r.problems().size()).orElse(0))
                .description("inconsistencies found by the last self-audit of the log (0 = intact)")
                .register(registry);
        Gauge.builder(
                        "jeli.log.audit.entries",
                        audits,
                        a -> a.latest().map(AuditReport::entriesChecked).orElse(0L))
                .description("entries checked by the last self-audit")
                .register(registry);
    }
}
