package org.jeli.ingest.chat;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A small executor for imports. The state lives in the database, so at start every QUEUED or
 * RUNNING import is queued again and resumes from its last committed batch.
 */
@ApplicationScoped
public class ImportWorkers {
    private static final Logger LOG = Logger.getLogger(ImportWorkers.class);

    private final ImportRunner runner;
    private final ChatImportStore store;
    private final ChatImportConfig config;
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService executor;

    public ImportWorkers(ImportRunner runner, ChatImportStore store, ChatImportConfig config) {
        this.runner = runner;
        this.store = store;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newFixedThreadPool(Math.max(1, config.importWorkers()), r -> {
            Thread t = new Thread(r, "jeli-chat-import");
            t.setDaemon(true);
            return t;
        });
        int resumed = 0;
        for (UUID id : store.unfinished()) {
            submit(id);
            resumed++;
        }
        if (resumed > 0) {
            LOG.infof("resumed %d chat imports", resumed);
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        ExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
            e.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Schedules the import; one already queued is ignored. */
    public void submit(UUID id) {
        ExecutorService e = executor;
        if (e == null || !queued.add(id)) {
            return;
        }
        try {
            e.execute(() -> {
                try {
                    runner.run(id);
                } catch (RuntimeException failure) {
                    LOG.warnf(
                            "chat import %s stopped: %s", id, failure.getClass().getSimpleName());
                } finally {
                    queued.remove(id);
                }
            });
        } catch (RejectedExecutionException rejected) {
            queued.remove(id); // shutting down: the import resumes at the next start
        }
    }
}
