package org.jeli.ingest.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.jeli.ingest.Claims;
import org.jeli.ingest.NewSubmission;
import org.jeli.ingest.RecordedSubmission;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/**
 * The rows of one submission: blob (if new), item (if new in its collection), submission, and the
 * pending metadata row, plus the {@code item.submitted} draft the caller appends in the same
 * transaction (one submission at a time for uploads, a batch at a time for chat imports).
 */
public final class SubmissionRows {
    private SubmissionRows() {}

    /** What was written, and the log entry still to append. */
    public record Written(
            UUID itemId, UUID submissionId, UUID collectionId, boolean newItem, Timestamp createdAt, EntryDraft draft) {
        public RecordedSubmission recorded(long logIndex) {
            return new RecordedSubmission(itemId, submissionId, collectionId, newItem, createdAt.toInstant(), logIndex);
        }
    }

    /**
     * Writes the rows. A new item is visible unless {@code visible} is false (an import in progress);
     * a visible submission that joins an item an unfinished import created makes it visible.
     */
    public static Written write(Connection c, JdbcPersonalData personal, NewSubmission s, boolean visible)
            throws SQLException {
        Timestamp at = Timestamp.from(s.at());
        String sha = s.sha256().hex();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into blobs (sha256, sha512, size, media_type, created_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (sha256) do nothing")) {
            ps.setString(1, sha);
            ps.setString(2, s.sha512().hex());
            ps.setLong(3, s.size());
            ps.setString(4, s.detectedType());
            ps.setTimestamp(5, at);
            ps.executeUpdate();
        }
        UUID collectionId = s.collectionId();
        Claims claims = s.request().claims();
        UUID itemId = UUID.randomUUID();
        boolean newItem;
        try (PreparedStatement ps = c.prepareStatement("insert into items (id, collection_id, blob_sha256, title,"
                + " description, source_platform, source_detail, claimed_captured_at, claimed_location, sensitivity,"
                + " language, created_at, created_by, visible) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (collection_id, blob_sha256) do nothing")) {
            ps.setObject(1, itemId);
            ps.setObject(2, collectionId);
            ps.setString(3, sha);
            JdbcItemStore.bindClaims(ps, 4, claims);
            ps.setString(10, claims.sensitivity().label());
            ps.setString(11, claims.language());
            ps.setTimestamp(12, at);
            ps.setLong(13, s.submitterId());
            ps.setBoolean(14, visible);
            newItem = ps.executeUpdate() == 1;
        }
        Timestamp createdAt = at;
        if (!newItem) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, created_at from items where collection_id = ? and blob_sha256 = ?")) {
                ps.setObject(1, collectionId);
                ps.setString(2, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    itemId = rs.getObject(1, UUID.class);
                    createdAt = rs.getTimestamp(2);
                }
            }
            if (visible) {
                try (PreparedStatement ps =
                        c.prepareStatement("update items set visible = true where id = ? and not visible")) {
                    ps.setObject(1, itemId);
                    ps.executeUpdate();
                }
            }
        }
        UUID submissionId = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("insert into submissions (id, item_id, submitted_by,"
                + " submitted_at, method, original_filename, declared_type, filename_date, filename_pattern, title,"
                + " description, source_platform, source_detail, claimed_captured_at, claimed_location, language)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, submissionId);
            ps.setObject(2, itemId);
            ps.setLong(3, s.submitterId());
            ps.setTimestamp(4, at);
            ps.setString(5, s.request().method());
            ps.setString(6, s.request().originalFilename());
            ps.setString(7, s.request().declaredType());
            ps.setString(8, s.filenameDate());
            ps.setString(9, s.filenamePattern());
            JdbcItemStore.bindClaims(ps, 10, claims);
            ps.setString(16, claims.language());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into metadata (blob_sha256, state, queued_at)"
                + " values (?, 'PENDING', ?) on conflict (blob_sha256) do nothing")) {
            ps.setString(1, sha);
            ps.setTimestamp(2, at);
            ps.executeUpdate();
        }
        EntryDraft draft = SubmissionEvent.draft(c, personal, s, itemId, collectionId, submissionId, newItem);
        return new Written(itemId, submissionId, collectionId, newItem, createdAt, draft);
    }
}
