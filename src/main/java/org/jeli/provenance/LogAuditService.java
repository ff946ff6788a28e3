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
import org.jeli.lease.JobLeases;
import org.jeli.provenance.jdbc.JdbcCheckpoints;

/**
 * Runs the self-audit on a schedule and on demand, and remembers the latest report. With several
 * instances the scheduled audit runs on the holder of the {@value #JOB} lease; any instance audits
 * on demand.
 */
@ApplicationScoped
public class LogAuditService {
    private static final Logger LOG = Logger.getLogger(LogAuditService.class);
    /** The lease of the scheduled self-audit. */
    public static final String JOB = "log.audit";

    private final LogAuditor auditor;
    private final LogConfig config;
    private final JobLeases leases;
    private volatile AuditReport latest;
    private ScheduledExecutorService scheduler;

    public LogAuditService(
            DataSource dataSource,
            JdbcCheckpoints checkpoints,
            LogKeys keys,
            LogConfig config,
            Clock clock,
            JobLeases leases) {
        this.auditor = new LogAuditor(dataSource, checkpoints, keys, clock);
        this.config = config;
        this.leases = leases;
    }

    void onStart(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jeli-log-audit");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, config.auditInterval().toSeconds());
        scheduler.scheduleWithFixedDelay(leases.guard(JOB, this::runQuietly), 30, every, TimeUnit.SECONDS);
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
