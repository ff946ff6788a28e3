package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.extracted;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Stored files left waiting for extraction (more than one batch of them after a restart, or put
 * back after an attempt in which no parser worker could start) are extracted without a restart, a
 * batch at a time, and a file put back is not tried again before it is due.
 */
@QuarkusTest
@TestProfile(ExtractionBacklogTest.SmallBatches.class)
class ExtractionBacklogTest {

    /** Sweeps every 200 ms, two files at a time. */
    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jeli.ingest.extraction-sweep", "PT0.2S", "jeli.ingest.extraction-batch", "2");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void filesLeftWaitingBeyondOneBatchAreAllExtractedWithoutARestart() throws SQLException {
        List<String> blobs = uploadExtracted(7);
        putBack(blobs, Instant.now().minusSeconds(60));

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> blobs.stream().allMatch(b -> "DONE".equals(state(b))));
        for (String b : blobs) {
            assertThat(outcome(b)).as("a plain-text file extracts").isEqualTo("OK");
        }
    }

    @Test
    void aFilePutBackAfterAFailedAttemptWaitsUntilItIsDue() throws SQLException, InterruptedException {
        List<String> blobs = uploadExtracted(1);
        putBack(blobs, Instant.now().plus(Duration.ofHours(1)));

        Thread.sleep(2_000); // ten sweeps
        assertThat(state(blobs.get(0))).isEqualTo("PENDING");

        putBack(blobs, Instant.now().minusSeconds(1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "DONE".equals(state(blobs.get(0))));
    }

    private List<String> uploadExtracted(int count) throws SQLException {
        String collection = freshCollection();
        List<String> blobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] text = ("témoignage " + i + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            String id = upload(collection, "note-" + i + ".txt", text)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            extracted(id, Duration.ofSeconds(60));
            blobs.add(blobOf(id));
        }
        return blobs;
    }

    /** What a restart or a failed attempt leaves: the row waiting again, due at {@code due}. */
    private void putBack(List<String> blobs, Instant due) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update metadata set state = 'PENDING', outcome = null,"
                        + " attempts = 0, queued_at = ? where blob_sha256 = ?")) {
            for (String b : blobs) {
                ps.setTimestamp(1, Timestamp.from(due));
                ps.setString(2, b);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private String blobOf(String itemId) {
        return column("select blob_sha256 from items where id::text = ?", itemId);
    }

    private String state(String blob) {
        return column("select state from metadata where blob_sha256 = ?", blob);
    }

    private String outcome(String blob) {
        return column("select outcome from metadata where blob_sha256 = ?", blob);
    }

    private String column(String sql, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
