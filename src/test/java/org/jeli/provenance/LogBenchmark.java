package org.jeli.provenance;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.jeli.platform.EmbeddedDatabase;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcProofs;

/**
 * Benchmark of the provenance log (not a test; run by {@code bench/log-benchmark}): append rate
 * with 1, 8 and 32 concurrent writers beside a bare single-row INSERT loop on the same embedded
 * PostgreSQL (synchronous_commit on), and inclusion and consistency proof latency at 10^6 entries.
 */
public final class LogBenchmark {
    private LogBenchmark() {}

    public static void main(String[] args) throws Exception {
        long proofSize = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int appendsPerRun = args.length > 1 ? Integer.parseInt(args[1]) : 3_200;
        Path dir = Files.createTempDirectory("jeli-log-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"));
                AgroalDataSource ds = pool(db)) {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("filesystem:schema")
                    .load()
                    .migrate();
            JdbcLogStore store = new JdbcLogStore(Clock.systemUTC());
            appendRate(ds, store, 8, appendsPerRun); // warm-up of both paths: JIT, pool, caches
            bareInsertRate(ds, 0, appendsPerRun / 4);
            double bare = bareInsertRate(ds, appendsPerRun, appendsPerRun);
            System.out.printf("%n| figure | value | baseline | ratio | target |%n|---|---|---|---|---|%n");
            for (int writers : new int[] {1, 8, 32}) {
                double rate = appendRate(ds, store, writers, appendsPerRun);
                String target = writers == 1 ? ">= 0.5x" : writers == 32 ? ">= 1x" : "";
                System.out.printf(
                        "| log appends/s, %d writer(s) | %.0f | bare INSERT %.0f/s | %.2fx | %s |%n",
                        writers, rate, bare, rate / bare, target);
            }
            double direct = directAppendRate(ds, store, appendsPerRun);
            System.out.printf(
                    "| log appends/s, 1 writer in its own transaction (as ingest does) | %.0f | bare INSERT %.0f/s | %.2fx | >= 0.5x |%n",
                    direct, bare, direct / bare);
            fill(ds, store, proofSize);
            proofLatency(ds, proofSize);
        } finally {
            deleteRecursively(dir); // the embedded database of the run, stopped above
        }
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static AgroalDataSource pool(EmbeddedDatabase db) throws java.sql.SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp.maxSize(40)
                        .connectionFactoryConfiguration(
                                cf -> cf.jdbcUrl(db.jdbcUrl()).principal(new NamePrincipal(db.username())))));
    }

    static double bareInsertRate(AgroalDataSource ds, int firstId, int n) throws Exception {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_rows (id bigint primary key, payload bytea not null)");
        }
        byte[] payload = new byte[300];
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into bench_rows (id, payload) values (?, ?)")) {
            c.setAutoCommit(true);
            for (int i = 0; i < n; i++) {
                ps.setLong(1, firstId + i);
                ps.setBytes(2, payload);
                ps.executeUpdate();
            }
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    static double appendRate(AgroalDataSource ds, JdbcLogStore store, int writers, int total) throws Exception {
        LogAppender appender = new LogAppender(ds, store);
        appender.onStart(null);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int each = total / writers;
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    appender.append(new EntryDraft(
                            "bench.appended",
                            "system",
                            "bench:" + writer,
                            Map.of("i", (long) i, "blob", "0".repeat(64))));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double rate = (each * (double) writers) / ((System.nanoTime() - t0) / 1e9);
        pool.shutdown();
        appender.onStop(null);
        return rate;
    }

    /** One append per transaction on the caller's thread, without the batching sequencer. */
    static double directAppendRate(AgroalDataSource ds, JdbcLogStore store, int n) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                store.append(
                        c,
                        List.of(new EntryDraft(
                                "bench.appended",
                                "system",
                                "bench:direct",
                                Map.of("i", (long) i, "blob", "0".repeat(64)))));
                c.commit();
            }
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    static void fill(AgroalDataSource ds, JdbcLogStore store, long target) throws Exception {
        long t0 = System.nanoTime();
        long size;
        try (Connection c = ds.getConnection()) {
            size = store.head(c).size();
        }
        while (size < target) {
            int batch = (int) Math.min(10_000, target - size);
            List<EntryDraft> drafts = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                drafts.add(new EntryDraft("bench.filled", "system", "bench:fill", Map.of("i", size + i)));
            }
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                store.append(c, drafts);
                c.commit();
            }
            size += batch;
        }
        System.out.printf("(filled the log to %d entries in %.0f s)%n", size, (System.nanoTime() - t0) / 1e9);
    }

    static void proofLatency(AgroalDataSource ds, long size) throws Exception {
        JdbcProofs proofs = new JdbcProofs();
        Random random = new Random(1);
        int n = 2_000;
        double[] inclusion = new double[n];
        double[] consistency = new double[n];
        for (int warm = 0; warm < 200; warm++) {
            try (Connection c = ds.getConnection()) {
                proofs.inclusion(c, Math.floorMod(random.nextLong(), size), size);
            }
        }
        for (int i = 0; i < n; i++) {
            long index = Math.floorMod(random.nextLong(), size);
            long t0 = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                proofs.inclusion(c, index, size);
                proofs.root(c, size);
            }
            inclusion[i] = (System.nanoTime() - t0) / 1e6;
            long first = 1 + Math.floorMod(random.nextLong(), size - 1);
            t0 = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                proofs.consistency(c, first, size);
                proofs.root(c, first);
            }
            consistency[i] = (System.nanoTime() - t0) / 1e6;
        }
        report("inclusion proof + root", size, inclusion);
        report("consistency proof + root", size, consistency);
    }

    static void report(String what, long size, double[] ms) {
        Arrays.sort(ms);
        System.out.printf(
                "| %s at %d entries | median %.2f ms, p99 %.2f ms | | | median < 5 ms, p99 < 20 ms |%n",
                what, size, ms[ms.length / 2], ms[(int) (ms.length * 0.99)]);
    }
}
