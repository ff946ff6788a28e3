package org.jeli.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.merkle.MerkleHash;
import org.junit.jupiter.api.Test;

/** The log stays one gapless, chained tree under concurrency, rejects rewrites and finds tampering. */
@QuarkusTest
@TestProfile(LogIntegrityTest.OwnLog.class)
class LogIntegrityTest {
    /** A profile of its own gives this class its own database, so tampering stays here. */
    public static class OwnLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jeli.log.checkpoint-interval", "1h", "jeli.log.checkpoint-max-entries", "1000000");
        }
    }

    @Inject
    LogAppender appender;

    @Inject
    Checkpointer checkpointer;

    @Inject
    LogAuditService audits;

    @Inject
    DataSource dataSource;

    @Test
    void eightWritersTimesFiveHundredAppendsMakeOneGaplessChainedLogWithTheReferenceRoot() throws Exception {
        long before = size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                List<Long> indices = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    indices.add(appender.append(new EntryDraft(
                                    "test.appended",
                                    "system",
                                    "test:" + writer,
                                    Map.of("writer", (long) writer, "n", (long) i)))
                            .index());
                }
                return indices;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(4000).doesNotHaveDuplicates();
        assertThat(all.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(before);
        assertThat(all.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(before + 3999);

        StoredCheckpoint cp = checkpointer.checkpointNow();
        RootAccumulator reference = new RootAccumulator();
        byte[] previous = new byte[32];
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select idx, entry from log_entries order by idx");
                ResultSet rs = ps.executeQuery()) {
            long expected = 0;
            while (rs.next()) {
                assertThat(rs.getLong(1)).isEqualTo(expected++);
                byte[] bytes = rs.getBytes(2);
                LogEntry entry = EntryCodec.decode(bytes);
                assertThat(entry.previousLeafHash()).isEqualTo(previous);
                previous = MerkleHash.leafHash(bytes);
                reference.add(previous);
            }
        }
        assertThat(reference.size()).isEqualTo(cp.size());
        assertThat(reference.root()).isEqualTo(cp.rootHash());
        assertThat(audits.runNow().passed()).isTrue();
    }

    @Test
    void twoSequencersLikeTwoInstancesOnOneDatabaseNeverForkTheLog() throws Exception {
        JdbcLogStore first = new JdbcLogStore(java.time.Clock.systemUTC());
        JdbcLogStore second = new JdbcLogStore(java.time.Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            JdbcLogStore store = w % 2 == 0 ? first : second;
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        store.append(
                                c,
                                List.of(new EntryDraft(
                                        "test.appended", "system", "test:instance" + writer % 2, Map.of("n", (long)
                                                i))));
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        checkpointer.checkpointNow();
        AuditReport report = audits.runNow();
        assertThat(report.problems()).isEmpty();
        assertThat(report.entriesChecked()).isEqualTo(size());
    }

    @Test
    void theDatabaseRejectsRewritingOrDeletingLogRows() throws SQLException {
        appender.append(new EntryDraft("test.appended", "system", "test:rewrite", Map.of()));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update log_entries set kind = 'x' where idx = 0"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from log_nodes where level = 0 and idx = 0"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("truncate log_entries cascade"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void anEntryChangedBehindTheLogsBackIsReportedAtItsExactIndex() throws SQLException {
        long index = appender.append(new EntryDraft("test.appended", "system", "test:tamper", Map.of("n", 1L)))
                .index();
        appender.append(new EntryDraft("test.appended", "system", "test:tamper", Map.of("n", 2L)));
        checkpointer.checkpointNow();
        byte[] original;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select entry from log_entries where idx = " + index)) {
                rs.next();
                original = rs.getBytes(1);
            }
            byte[] forged = new String(original, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\"n\":1", "\"n\":7")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(forged).isNotEqualTo(original);
            s.execute("alter table log_entries disable trigger log_entries_append_only");
            try (PreparedStatement ps = c.prepareStatement("update log_entries set entry = ? where idx = ?")) {
                ps.setBytes(1, forged);
                ps.setLong(2, index);
                ps.executeUpdate();
            }
            s.execute("alter table log_entries enable trigger log_entries_append_only");
        }
        AuditReport report = audits.runNow();
        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .anySatisfy(p -> {
                    assertThat(p.code()).isEqualTo("ENTRY_HASH_MISMATCH");
                    assertThat(p.index()).isEqualTo(index);
                })
                .anySatisfy(p -> assertThat(p.code()).isEqualTo("ROOT_MISMATCH"));
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(503);

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter table log_entries disable trigger log_entries_append_only");
            try (PreparedStatement ps = c.prepareStatement("update log_entries set entry = ? where idx = ?")) {
                ps.setBytes(1, original);
                ps.setLong(2, index);
                ps.executeUpdate();
            }
            s.execute("alter table log_entries enable trigger log_entries_append_only");
        }
        assertThat(audits.runNow().passed()).isTrue();
    }

    private long size() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from log_entries")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
