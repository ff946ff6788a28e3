package org.jeli.fixity;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jeli.fixity.jdbc.JdbcFixityStore;
import org.jeli.fixity.jdbc.JdbcFixityStore.BlobRow;
import org.jeli.fixity.jdbc.JdbcFixityStore.Cursor;
import org.jeli.lease.JobLeases;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.Transactions;
import org.jeli.storage.BlobStore;
import org.jeli.storage.Replica;

/**
 * The fixity audit: re-reads every blob through the store, in batches, at a bounded byte rate, and
 * compares it with the hashes and size recorded at ingest. A cycle covers every blob once and
 * resumes where it stopped after a restart (the cursor is in the database). Each batch appends a
 * {@code fixity.checked} entry with its counts in the same transaction that records the outcomes;
 * a blob found damaged (or healed) gets its own {@code fixity.failed} ({@code fixity.recovered})
 * entry, so it shows in the custody of every item over it. With several instances the scheduled
 * audit runs on the holder of the {@value #JOB} lease; the others recount the damaged blobs now and
 * then so their health shows what the audit found.
 */
@ApplicationScoped
public class FixityAuditor {
    private static final Logger LOG = Logger.getLogger(FixityAuditor.class);
    /** The lease of the scheduled fixity audit. */
    public static final String JOB = "fixity.audit";

    private static final long RECOUNT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final DataSource dataSource;
    private final JdbcFixityStore store;
    private final JdbcLogStore log;
    private final BlobStore blobs;
    private final Replica replica;
    private final FixityConfig config;
    private final Clock clock;
    private final JobLeases leases;
    private volatile long damaged = -1;
    private long lastRecount = System.nanoTime();
    private ScheduledExecutorService scheduler;

    public FixityAuditor(
            DataSource dataSource,
            JdbcFixityStore store,
            JdbcLogStore log,
            BlobStore blobs,
            Replica replica,
            FixityConfig config,
            Clock clock,
            JobLeases leases) {
        this.dataSource = dataSource;
        this.store = store;
        this.log = log;
        this.blobs = blobs;
        this.replica = replica;
        this.config = config;
        this.clock = clock;
        this.leases = leases;
    }

    /** What one batch did. */
    public record BatchSummary(
            long cycle,
            int blobs,
            Map<FixityOutcome, Integer> outcomes,
            long bytes,
            boolean cycleComplete,
            boolean idle) {}

    void onStart(@Observes StartupEvent event) {
        refreshDamaged();
        if (!config.enabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jeli-fixity");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        long pause = Math.max(1, config.pause().toMillis());
        scheduler.scheduleWithFixedDelay(this::tick, 30_000, pause, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Blobs whose last audit found them damaged; -1 before the first count. */
    public long damaged() {
        return damaged;
    }

    private void tick() {
        if (!leases.holds(JOB)) {
            if (System.nanoTime() - lastRecount > RECOUNT_NANOS) {
                lastRecount = System.nanoTime();
                refreshDamaged();
            }
            return;
        }
        try {
            runBatch();
        } catch (RuntimeException e) {
            LOG.warnf("fixity audit batch failed, will retry: %s", e.getClass().getSimpleName());
        }
    }

    /** Runs one batch of the current cycle, or nothing while the last cycle is recent enough. */
    public synchronized BatchSummary runBatch() {
        return inTransaction(c -> {
            Instant now = clock.instant();
            Cursor cursor = store.lockCursor(c, now);
            if (complete(cursor)) {
                if (cursor.lastCompletedAt().plus(config.cycleInterval()).isAfter(now)) {
                    return new BatchSummary(cursor.cycle(), 0, Map.of(), 0, true, true);
                }
                store.startCycle(c, now);
                cursor = store.lockCursor(c, now);
            }
            return batch(c, cursor);
        });
    }

    /**
     * Starts a new cycle now (a cycle under way is superseded: every blob is read again) and runs
     * it to the end; for administrators and tests.
     */
    public synchronized List<BatchSummary> runCycleNow() {
        inTransaction(c -> {
            store.lockCursor(c, clock.instant());
            store.startCycle(c, clock.instant());
            return null;
        });
        List<BatchSummary> out = new ArrayList<>();
        BatchSummary s;
        do {
            s = inTransaction(c -> batch(c, store.lockCursor(c, clock.instant())));
            out.add(s);
        } while (!s.cycleComplete());
        return out;
    }

    private static boolean complete(Cursor cursor) {
        return cursor.lastCompletedAt() != null && !cursor.lastCompletedAt().isBefore(cursor.cycleStartedAt());
    }

    private BatchSummary batch(Connection c, Cursor cursor) throws SQLException {
        List<BlobRow> rows = store.next(c, cursor.lastSha256(), Math.max(1, config.batchSize()));
        if (rows.isEmpty()) {
            store.completeCycle(c, clock.instant());
            return new BatchSummary(cursor.cycle(), 0, Map.of(), 0, true, false);
        }
        ByteRate rate = new ByteRate(config.maxBytesPerSecond(), System.nanoTime());
        Map<FixityOutcome, Integer> counts = new LinkedHashMap<>();
        for (FixityOutcome o : FixityOutcome.values()) {
            counts.put(o, 0);
        }
        List<EntryDraft> drafts = new ArrayList<>();
        long bytes = 0;
        long mirrored = 0;
        ReplicaRepair repair =
                replica.store().map(r -> new ReplicaRepair(blobs, r)).orElse(null);
        byte[] buffer = BlobCheck.newBuffer();
        for (BlobRow row : rows) {
            BlobCheck.Recorded recorded = new BlobCheck.Recorded(row.sha256(), row.sha512(), row.size());
            BlobCheck.Result r = BlobCheck.check(blobs, recorded, buffer, n -> throttle(rate, n));
            bytes += r.bytesRead();
            String subject = "blob:sha256:" + row.sha256();
            if (r.outcome() != FixityOutcome.OK && repair != null && repaired(repair, recorded)) {
                LOG.warnf("fixity audit: blob %s was %s and is repaired from the replica", row.sha256(), r.outcome());
                drafts.add(new EntryDraft(
                        "fixity.repaired",
                        "system",
                        subject,
                        Map.of("outcome", r.outcome().name(), "source", "replica", "cycle", cursor.cycle())));
                r = BlobCheck.check(blobs, recorded, buffer, n -> throttle(rate, n));
            } else if (r.outcome() == FixityOutcome.OK && repair != null) {
                mirrored += mirror(repair, recorded);
            }
            counts.merge(r.outcome(), 1, Integer::sum);
            FixityOutcome previous = store.record(c, row.sha256(), r.outcome(), r.detail(), clock.instant());
            if (r.outcome() != FixityOutcome.OK && previous != r.outcome()) {
                LOG.errorf("fixity audit: blob %s is %s", row.sha256(), r.outcome());
                drafts.add(new EntryDraft(
                        "fixity.failed",
                        "system",
                        subject,
                        Map.of("outcome", r.outcome().name(), "cycle", cursor.cycle())));
            } else if (r.outcome() == FixityOutcome.OK && previous != null && previous != FixityOutcome.OK) {
                drafts.add(new EntryDraft(
                        "fixity.recovered",
                        "system",
                        subject,
                        Map.of("previous", previous.name(), "cycle", cursor.cycle())));
            }
        }
        String last = rows.get(rows.size() - 1).sha256();
        store.advance(c, last);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("cycle", cursor.cycle());
        payload.put("blobs", (long) rows.size());
        counts.forEach((o, n) -> payload.put(o.name().toLowerCase(java.util.Locale.ROOT), (long) n));
        payload.put("bytes", bytes);
        if (repair != null) {
            payload.put("mirrored", mirrored);
        }
        payload.put("first", rows.get(0).sha256());
        payload.put("last", last);
        drafts.add(new EntryDraft("fixity.checked", "system", "fixity", payload));
        log.append(c, drafts);
        return new BatchSummary(cursor.cycle(), rows.size(), counts, bytes, false, false);
    }

    private static boolean repaired(ReplicaRepair repair, BlobCheck.Recorded blob) {
        try {
            return repair.repair(blob);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    "fixity audit: repairing blob %s from the replica failed: %s",
                    blob.sha256(), e.getClass().getSimpleName());
            return false;
        }
    }

    private static long mirror(ReplicaRepair repair, BlobCheck.Recorded blob) {
        try {
            return repair.mirror(blob) ? 1 : 0;
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    "fixity audit: copying blob %s to the replica failed: %s",
                    blob.sha256(), e.getClass().getSimpleName());
            return 0;
        }
    }

    private static void throttle(ByteRate rate, long n) {
        long wait = rate.record(n, System.nanoTime());
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T inTransaction(Transactions.Work<T> work) {
        try {
            return Transactions.inTransaction(dataSource, work);
        } finally {
            refreshDamaged();
        }
    }

    private void refreshDamaged() {
        try (Connection c = dataSource.getConnection()) {
            damaged = store.damagedCount(c);
        } catch (SQLException e) {
            LOG.warnf("fixity: could not count damaged blobs: %s", e.getClass().getSimpleName());
        }
    }
}
