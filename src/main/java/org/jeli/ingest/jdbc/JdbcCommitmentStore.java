package org.jeli.ingest.jdbc;

import static org.jeli.provenance.jdbc.Transactions.inTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.access.Sensitivity;
import org.jeli.common.Digest;
import org.jeli.ingest.Claims;
import org.jeli.ingest.CommitmentStore;
import org.jeli.ingest.ItemCommitment;
import org.jeli.ingest.SourcePlatform;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;
import org.jeli.provenance.entry.CanonicalJson;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/**
 * Commitments in PostgreSQL. The {@code item.committed} entry carries the hash and size in clear
 * (they identify the evidence, not a person) and the claims only as a salted commitment, like
 * {@code item.submitted}.
 */
@ApplicationScoped
public class JdbcCommitmentStore implements CommitmentStore {
    static final String COMMITTED = "item.committed";
    static final String FULFILLED = "commitment.fulfilled";
    static final String MISMATCHED = "commitment.mismatched";
    private static final String COLUMNS = "id, collection_id, sha256, size, title, description, source_platform,"
            + " source_detail, claimed_captured_at, claimed_location, sensitivity, language, created_by, created_at,"
            + " log_index, fulfilled_item_id, fulfilled_at, fulfilled_log_index";

    private final DataSource dataSource;
    private final JdbcLogStore log;
    private final LogAppender appender;
    private final JdbcPersonalData personal;
    private final Clock clock;

    public JdbcCommitmentStore(
            DataSource dataSource, JdbcLogStore log, LogAppender appender, JdbcPersonalData personal, Clock clock) {
        this.dataSource = dataSource;
        this.log = log;
        this.appender = appender;
        this.personal = personal;
        this.clock = clock;
    }

    @Override
    public ItemCommitment create(UUID collectionId, Digest sha256, long size, Claims claims, long userId) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return inTransaction(dataSource, c -> {
            Map<String, Object> m = ClaimsJson.map(claims);
            m.put("collection", collectionId.toString());
            String canonical = new String(CanonicalJson.encode(m), StandardCharsets.UTF_8);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("commitment", id.toString());
            payload.put("collection", collectionId.toString());
            payload.put("blob", blob(sha256, size));
            payload.put("sensitivity", claims.sensitivity().label());
            payload.put("claims", personal.commit(c, "commitment:" + id + ":claims", canonical));
            long index = log.append(
                            c, List.of(new EntryDraft(COMMITTED, EntryDraft.user(userId), subject(id), payload)))
                    .get(0)
                    .index();
            try (PreparedStatement ps = c.prepareStatement("insert into commitments (id, collection_id, sha256, size,"
                    + " title, description, source_platform, source_detail, claimed_captured_at, claimed_location,"
                    + " sensitivity, language, created_by, created_at, log_index)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, id);
                ps.setObject(2, collectionId);
                ps.setString(3, sha256.hex());
                ps.setLong(4, size);
                ps.setString(5, claims.title());
                ps.setString(6, claims.description());
                ps.setString(7, claims.sourcePlatform().label());
                ps.setString(8, claims.sourceDetail());
                ps.setString(9, claims.claimedCapturedAt());
                ps.setString(10, claims.claimedLocation());
                ps.setString(11, claims.sensitivity().label());
                ps.setString(12, claims.language());
                ps.setLong(13, userId);
                ps.setTimestamp(14, Timestamp.from(now));
                ps.setLong(15, index);
                ps.executeUpdate();
            }
            return new ItemCommitment(id, collectionId, sha256, size, claims, userId, now, index, null, null, -1);
        });
    }

    @Override
    public Optional<ItemCommitment> find(UUID id) {
        List<ItemCommitment> found = query("select " + COLUMNS + " from commitments where id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public Optional<ItemCommitment> openFor(UUID collectionId, Digest sha256) {
        return query(
                        "select " + COLUMNS + " from commitments where collection_id = ? and sha256 = ?"
                                + " and fulfilled_item_id is null order by created_at, id limit 1",
                        collectionId,
                        sha256.hex())
                .stream()
                .findFirst();
    }

    @Override
    public List<ItemCommitment> list(UUID collectionId, int limit) {
        return query(
                "select " + COLUMNS + " from commitments where collection_id = ? order by created_at desc, id limit ?",
                collectionId,
                limit);
    }

    @Override
    public long recordMismatch(
            ItemCommitment commitment, Digest actualSha256, long actualSize, String method, long userId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("commitment", commitment.id().toString());
        payload.put("collection", commitment.collectionId().toString());
        payload.put("expected", blob(commitment.sha256(), commitment.size()));
        payload.put("received", blob(actualSha256, actualSize));
        payload.put("method", method);
        payload.put("outcome", "refused");
        return appender.append(new EntryDraft(MISMATCHED, EntryDraft.user(userId), subject(commitment.id()), payload))
                .index();
    }

    /**
     * Marks the commitment fulfilled by the item inside the caller's transaction and returns the
     * {@code commitment.fulfilled} entry to append with the submission, or empty when another
     * submission fulfilled it first (the bytes are then an ordinary further submission).
     */
    static Optional<EntryDraft> fulfil(
            Connection c, UUID commitmentId, UUID itemId, UUID submissionId, Timestamp at, long userId)
            throws SQLException {
        long committedAt;
        String sha;
        long size;
        try (PreparedStatement ps = c.prepareStatement("update commitments set fulfilled_item_id = ?, fulfilled_at = ?"
                + " where id = ? and fulfilled_item_id is null returning log_index, sha256, size")) {
            ps.setObject(1, itemId);
            ps.setTimestamp(2, at);
            ps.setObject(3, commitmentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                committedAt = rs.getLong(1);
                sha = rs.getString(2);
                size = rs.getLong(3);
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("commitment", commitmentId.toString());
        payload.put("committedAt", committedAt);
        payload.put("submission", submissionId.toString());
        Map<String, Object> blob = new LinkedHashMap<>();
        blob.put("sha256", sha);
        blob.put("size", size);
        payload.put("blob", blob);
        return Optional.of(new EntryDraft(FULFILLED, EntryDraft.user(userId), EntryDraft.item(itemId), payload));
    }

    static void fulfilledAt(Connection c, UUID commitmentId, long index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update commitments set fulfilled_log_index = ? where id = ?")) {
            ps.setLong(1, index);
            ps.setObject(2, commitmentId);
            ps.executeUpdate();
        }
    }

    private static String subject(UUID id) {
        return "commitment:" + id;
    }

    private static Map<String, Object> blob(Digest sha256, long size) {
        Map<String, Object> blob = new LinkedHashMap<>();
        blob.put("sha256", sha256.hex());
        blob.put("size", size);
        return blob;
    }

    private List<ItemCommitment> query(String sql, Object... params) {
        return inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<ItemCommitment> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    private static ItemCommitment read(ResultSet rs) throws SQLException {
        Claims claims = new Claims(
                rs.getString(5),
                rs.getString(6),
                SourcePlatform.fromLabel(rs.getString(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                Sensitivity.fromLabel(rs.getString(11)),
                rs.getString(12));
        Timestamp fulfilledAt = rs.getTimestamp(17);
        long fulfilledIndex = rs.getLong(18);
        boolean noFulfilledIndex = rs.wasNull();
        return new ItemCommitment(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                Digest.parse("sha256:" + rs.getString(3)),
                rs.getLong(4),
                claims,
                rs.getLong(13),
                rs.getTimestamp(14).toInstant(),
                rs.getLong(15),
                rs.getObject(16, UUID.class),
                fulfilledAt == null ? null : fulfilledAt.toInstant(),
                noFulfilledIndex ? -1 : fulfilledIndex);
    }
}
