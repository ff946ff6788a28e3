package org.jeli.provenance;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jeli.lease.JobLeases;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.jdbc.JdbcCheckpoints;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcProofs;

/**
 * Signs a checkpoint of the log at most every {@code checkpoint-interval} when entries were added,
 * as soon as {@code checkpoint-max-entries} entries are uncovered, and on demand. Every checkpoint
 * is kept. With several instances the scheduled checkpointing runs on the holder of the {@value
 * #JOB} lease; checkpoints on demand may be made by any instance, and every checkpoint is made under
 * a database lock (see {@link JdbcCheckpoints#lockForCheckpoint}) after reading the latest, so they
 * are stored in increasing size and each is a prefix of the next: the log cannot fork.
 */
@ApplicationScoped
public class Checkpointer {
    private static final Logger LOG = Logger.getLogger(Checkpointer.class);
    /** The lease of scheduled checkpointing. */
    public static final String JOB = "log.checkpoint";

    private final DataSource dataSource;
    private final JdbcLogStore log;
    private final JdbcCheckpoints checkpoints;
    private final JdbcProofs proofs;
    private final LogKeys keys;
    private final LogOrigin origin;
    private final LogConfig config;
    private final Timestamper timestamper;
    private final Clock clock;
    private final JobLeases leases;
    private ScheduledExecutorService scheduler;

    public Checkpointer(
            DataSource dataSource,
            JdbcLogStore log,
            JdbcCheckpoints checkpoints,
            JdbcProofs proofs,
            LogKeys keys,
            LogOrigin origin,
            LogConfig config,
            Timestamper timestamper,
            Clock clock,
            JobLeases leases) {
        this.dataSource = dataSource;
        this.log = log;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.keys = keys;
        this.origin = origin;
        this.config = config;
        this.timestamper = timestamper;
        this.clock = clock;
        this.leases = leases;
    }

    void onStart(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jeli-checkpointer");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void tick() {
        if (!leases.holds(JOB)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            long size = log.head(c).size();
            Optional<StoredCheckpoint> latest = checkpoints.latest(c);
            long covered = latest.map(StoredCheckpoint::size).orElse(-1L);
            boolean due = latest.isEmpty()
                    || size - covered >= config.checkpointMaxEntries()
                    || (size > covered
                            && !clock.instant()
                                    .isBefore(latest.get().createdAt().plus(config.checkpointInterval())));
            if (due) {
                checkpointNow();
            }
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("checkpointing failed, will retry: %s", e.getClass().getSimpleName());
        }
    }

    /** Signs a checkpoint of everything committed so far (or returns the latest if nothing is new). */
    public synchronized StoredCheckpoint checkpointNow() {
        StoredCheckpoint made;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                checkpoints.lockForCheckpoint(c);
                long size = log.head(c).size();
                Optional<StoredCheckpoint> latest = checkpoints.latest(c);
                if (latest.isPresent() && latest.get().size() >= size) {
                    c.rollback();
                    return latest.get();
                }
                byte[] root = proofs.root(c, size);
                LogKeys.Signature signature = keys.sign(new Checkpoint(origin.get(), size, root).body());
                Instant now = clock.instant();
                made = new StoredCheckpoint(size, root, signature.signedNote(), signature.keyId(), now);
                checkpoints.insert(c, made);
                c.commit();
                made = checkpoints.bySize(c, size).orElse(made);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
        timestamper.requestSoon(made.size());
        return made;
    }
}
