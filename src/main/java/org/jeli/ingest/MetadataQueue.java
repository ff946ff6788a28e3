package org.jeli.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jeli.common.Digest;
import org.jeli.ingest.jdbc.JdbcMetadataStore;

/**
 * Runs metadata extraction in the background so that accepting an upload never waits on a parser.
 * The queue lives in the database (rows in state PENDING): a sweep at start and then at a fixed
 * interval queues, a batch at a time, every waiting file not already queued, so extraction resumes
 * after a restart however many files wait, and a file whose attempt failed because no parser worker
 * could start is tried again, once it is due, without a restart.
 */
@ApplicationScoped
public class MetadataQueue {
    private static final Logger LOG = Logger.getLogger(MetadataQueue.class);

    private final MetadataWorker worker;
    private final JdbcMetadataStore store;
    private final IngestConfig config;
    private final Clock clock;
    private final Set<Digest> queued = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService executor;
    private volatile ScheduledExecutorService sweeper;

    public MetadataQueue(MetadataWorker worker, JdbcMetadataStore store, IngestConfig config, Clock clock) {
        this.worker = worker;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newFixedThreadPool(config.extractionWorkers(), daemon("jeli-metadata"));
        int resumed = sweep();
        if (resumed > 0) {
            LOG.infof("resumed metadata extraction for %d stored files", resumed);
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(daemon("jeli-metadata-sweep"));
        long every = Math.max(1, config.extractionSweep().toMillis());
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        ScheduledExecutorService s = sweeper;
        if (s != null) {
            s.shutdownNow();
        }
        ExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
            e.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Queues up to one batch of waiting files not already queued, oldest first, and only while less
     * than a batch is queued, so a large backlog is read from the database piece by piece.
     */
    int sweep() {
        int queuedNow = queued.size();
        int room = config.extractionBatch() - queuedNow;
        int added = 0;
        if (room <= 0) {
            return added;
        }
        // the oldest due rows include those already queued: read past them
        for (Digest d : store.pending(queuedNow + room, clock.instant())) {
            if (added == room) {
                break;
            }
            if (enqueue(d)) {
                added++;
            }
        }
        return added;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // the database is away: the rows stay PENDING and the next sweep finds them
            LOG.warnf(
                    "looking for files waiting for extraction failed: %s",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Schedules extraction of a stored blob; false when it is already queued (a duplicate is
     * ignored) or the service is stopping.
     */
    public boolean enqueue(Digest sha256) {
        ExecutorService e = executor;
        if (e == null || !queued.add(sha256)) {
            return false;
        }
        try {
            e.execute(() -> {
                try {
                    worker.process(sha256);
                } finally {
                    queued.remove(sha256);
                }
            });
            return true;
        } catch (RejectedExecutionException rejected) {
            queued.remove(sha256); // shutting down: the PENDING row resumes at the next start
            return false;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
