package org.jeli.provenance;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jeli.provenance.jdbc.JdbcCheckpoints;

/** Runs the self-audit on a schedule and on demand, and remembers the latest report. */
@ApplicationScoped
public class LogAuditService {
    private static final Logger LOG = Logger.getLogger(LogAuditService.class);

    private final LogAuditor auditor;
    private final LogConfig config;
    private volatile AuditReport latest;
    private ScheduledExecutorService scheduler;

    public LogAuditService(
            DataSource dataSource, JdbcCheckpoints checkpoints, LogKeys keys, LogConfig config, Clock clock) {
        this.auditor = new LogAuditor(dataSource, checkpoints, keys, clock);
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jeli-log-audit");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, config.auditInterval().toSeconds());
        scheduler.scheduleWithFixedDelay(this::runQuietly, 30, every, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Audits now and returns the report. */
    public synchronized AuditReport runNow() {
        try {
            AuditReport report = auditor.audit();
            latest = report;
            if (!report.passed()) {
                AuditProblem first = report.problems().get(0);
                LOG.errorf(
                        "log self-audit FAILED: %d problem(s), first %s at index %d / checkpoint %d",
                        report.problems().size(), first.code(), first.index(), first.checkpointSize());
            }
            return report;
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }

    public Optional<AuditReport> latest() {
        return Optional.ofNullable(latest);
    }

    private void runQuietly() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.warnf("log self-audit could not run: %s", e.getClass().getSimpleName());
        }
    }
}
