package org.jeli.ingest.tus;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jeli.ingest.tus.jdbc.JdbcUploadStore;
import org.jeli.lease.JobLeases;

/**
 * Removes unfinished uploads whose expiry passed: the row first, then the part files; and part
 * folders that no row owns (left by a crash between the two). {@link #sweep} is the one method the
 * schedule calls, so a job lease can wrap it in one line.
 */
@ApplicationScoped
public class UploadSweeper {
    private static final Logger LOG = Logger.getLogger(UploadSweeper.class);
    private static final int BATCH = 500;
    static final String JOB = "upload.expiry";

    private final JdbcUploadStore store;
    private final PartFiles parts;
    private final TusConfig config;
    private final Clock clock;
    private final JobLeases leases;
    private ScheduledExecutorService scheduler;

    public UploadSweeper(JdbcUploadStore store, PartFiles parts, TusConfig config, Clock clock, JobLeases leases) {
        this.store = store;
        this.parts = parts;
        this.config = config;
        this.clock = clock;
        this.leases = leases;
    }

    void onStart(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jeli-upload-sweeper");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1_000, config.sweepInterval().toMillis());
        scheduler.scheduleWithFixedDelay(this::tick, 60_000, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void tick() {
        if (!leases.holds(JOB)) {
            return; // another instance sweeps (the upload folder is shared between instances)
        }
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warnf(
                    "removing expired uploads failed, will retry: %s",
                    e.getClass().getSimpleName());
        }
    }

    /** The scheduled job: removes what expired by now. */
    public synchronized int sweep() {
        return sweepAt(clock.instant());
    }

    /** Removes the uploads expired at {@code now} and orphaned part folders; returns how many uploads. */
    public synchronized int sweepAt(Instant now) {
        int removed = 0;
        for (UUID id : store.expired(now, BATCH)) {
            if (store.deleteIfExpired(id, now)) {
                removeParts(id);
                removed++;
            }
        }
        removeOrphans();
        if (removed > 0) {
            LOG.infof("removed %d expired unfinished uploads and their bytes", removed);
        }
        return removed;
    }

    private void removeOrphans() {
        Path root = parts.root();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                UUID id = uuid(dir.getFileName().toString());
                if (id != null && store.find(id).isEmpty()) {
                    removeParts(id);
                }
            }
        } catch (IOException e) {
            LOG.warnf("listing upload part folders failed: %s", e.getClass().getSimpleName());
        }
    }

    private void removeParts(UUID id) {
        try {
            parts.delete(id);
        } catch (IOException e) {
            LOG.warnf(
                    "removing the part files of upload %s failed, will retry: %s",
                    id, e.getClass().getSimpleName());
        }
    }

    private static UUID uuid(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
