package org.jeli.provenance;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jeli.provenance.jdbc.JdbcLogStore;

/**
 * The sequencer for events that are not part of another transaction (views, downloads, metadata,
 * keys). Under load it batches: one thread drains every waiting draft into one transaction, so 32
 * writers cost about one commit, not 32. Several instances on one database are serialised by the
 * store's advisory lock.
 */
@ApplicationScoped
public class LogAppender {
    private static final Logger LOG = Logger.getLogger(LogAppender.class);
    private static final int MAX_BATCH = 512;

    private final DataSource dataSource;
    private final JdbcLogStore store;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread sequencer;

    public LogAppender(DataSource dataSource, JdbcLogStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    private record Pending(EntryDraft draft, CompletableFuture<AppendedEntry> result) {}

    void onStart(@Observes StartupEvent event) {
        Thread t = new Thread(this::run, "jeli-log-sequencer");
        t.setDaemon(true);
        sequencer = t;
        t.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        Thread t = sequencer;
        sequencer = null;
        if (t != null) {
            t.interrupt();
            t.join(10_000);
        }
    }

    /** Appends one event and waits until it is committed. */
    public AppendedEntry append(EntryDraft draft) {
        CompletableFuture<AppendedEntry> result = new CompletableFuture<>();
        queue.add(new Pending(draft, result));
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new LogUnavailableException(e);
        }
    }

    /** Appends events in this order (batched with everyone else's) and waits until all are committed. */
    public List<AppendedEntry> appendAll(List<EntryDraft> drafts) {
        List<CompletableFuture<AppendedEntry>> results = new ArrayList<>();
        for (EntryDraft draft : drafts) {
            CompletableFuture<AppendedEntry> result = new CompletableFuture<>();
            queue.add(new Pending(draft, result));
            results.add(result);
        }
        List<AppendedEntry> out = new ArrayList<>();
        try {
            for (CompletableFuture<AppendedEntry> r : results) {
                out.add(r.get(60, TimeUnit.SECONDS));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new LogUnavailableException(e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (sequencer != null) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                break;
            } finally {
                batch.clear();
            }
        }
        for (Pending p; (p = queue.poll()) != null; ) {
            p.result().completeExceptionally(new IllegalStateException("the log is shutting down"));
        }
    }

    private void commit(List<Pending> batch) {
        List<EntryDraft> drafts = batch.stream().map(Pending::draft).toList();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<AppendedEntry> appended = store.append(c, drafts);
                c.commit();
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(appended.get(i));
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(
                    "appending %d log entries failed: %s",
                    batch.size(), e.getClass().getSimpleName());
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }
}
