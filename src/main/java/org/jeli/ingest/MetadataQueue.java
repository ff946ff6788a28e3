package org.jeli.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jeli.common.Digest;
import org.jeli.ingest.jdbc.JdbcMetadataStore;

/**
 * Runs metadata extraction in the background so that accepting an upload never waits on a parser.
 * The queue lives in the database (rows in state PENDING), so extraction resumes after a restart.
 */
@ApplicationScoped
public class MetadataQueue {
    private static final Logger LOG = Logger.getLogger(MetadataQueue.class);

    private final MetadataWorker worker;
    private final JdbcMetadataStore store;
    private final IngestConfig config;
    private final Set<Digest> queued = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService executor;

    public MetadataQueue(MetadataWorker worker, JdbcMetadataStore store, IngestConfig config) {
        this.worker = worker;
        this.store = store;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newFixedThreadPool(config.extractionWorkers(), r -> {
            Thread t = new Thread(r, "jeli-metadata");
            t.setDaemon(true);
            return t;
        });
        int resumed = 0;
        for (Digest d : store.pending(10_000)) {
            enqueue(d);
            resumed++;
        }
        if (resumed > 0) {
            LOG.infof("resumed metadata extraction for %d stored files", resumed);
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        ExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
            e.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Schedules extraction of a stored blob; duplicates already queued are ignored. */
    public void enqueue(Digest sha256) {
        ExecutorService e = executor;
        if (e == null || !queued.add(sha256)) {
            return;
        }
        try {
            e.execute(() -> {
                try {
                    worker.process(sha256);
                } finally {
                    queued.remove(sha256);
                }
            });
        } catch (RejectedExecutionException rejected) {
            queued.remove(sha256); // shutting down: the PENDING row resumes at the next start
        }
    }
}
