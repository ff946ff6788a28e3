package org.jeli.provenance.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jeli.provenance.AuditReport;
import org.jeli.provenance.LogAuditService;
import org.jeli.provenance.Timestamper;

/** DOWN as soon as the self-audit finds the log inconsistent; shows the timestamp backlog. */
@Readiness
@ApplicationScoped
public class LogHealthCheck implements HealthCheck {
    private final LogAuditService audits;
    private final Timestamper timestamper;

    public LogHealthCheck(LogAuditService audits, Timestamper timestamper) {
        this.audits = audits;
        this.timestamper = timestamper;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b =
                HealthCheckResponse.named("provenance log").withData("timestampBacklog", timestamper.backlog());
        AuditReport report = audits.latest().orElse(null);
        if (report == null) {
            return b.up().withData("audit", "not run yet").build();
        }
        b.withData("auditedEntries", report.entriesChecked())
                .withData("auditedAt", report.finishedAt().toString());
        if (report.passed()) {
            return b.up().build();
        }
        return b.down()
                .withData("auditProblems", report.problems().size())
                .withData("firstProblem", report.problems().get(0).code())
                .build();
    }
}
