package org.jeli.ingest.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jeli.ingest.Claims;
import org.jeli.ingest.NewSubmission;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/**
 * The rows of many invisible submissions (a chat-import batch) written with one JDBC statement batch
 * per table instead of one round trip per row: the same rows, in the same order, with the same
 * outcomes as {@link SubmissionRows#write} called once per submission (a row's {@code on conflict do
 * nothing} sees the rows batched before it). A message's metadata row is written complete
 * ({@code DONE}, its text for search); an attachment's is {@code PENDING}.
 */
final class SubmissionBatch {
    private SubmissionBatch() {}

    /** One submission to write; {@code doneText} is the complete metadata text of a message, else null. */
    record Row(NewSubmission submission, String doneText) {}

    static List<SubmissionRows.Written> write(
            Connection c, JdbcPersonalData.SaltBatch salts, List<Row> rows, String extractor) throws SQLException {
        List<SubmissionRows.Written> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        blobs(c, rows);
        metadata(c, rows, extractor);
        List<UUID> itemIds = new ArrayList<>();
        List<Timestamp> createdAt = new ArrayList<>();
        boolean[] newItem = items(c, rows, itemIds, createdAt);
        List<UUID> submissionIds = submissions(c, rows, itemIds);
        for (int i = 0; i < rows.size(); i++) {
            NewSubmission s = rows.get(i).submission();
            var draft = SubmissionEvent.draft(
                    salts::commit, s, itemIds.get(i), s.collectionId(), submissionIds.get(i), newItem[i]);
            out.add(new SubmissionRows.Written(
                    itemIds.get(i), submissionIds.get(i), s.collectionId(), newItem[i], createdAt.get(i), draft));
        }
        return out;
    }

    private static void blobs(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into blobs (sha256, sha512, size, media_type, created_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (sha256) do nothing")) {
            for (Row r : rows) {
                NewSubmission s = r.submission();
                ps.setString(1, s.sha256().hex());
                ps.setString(2, s.sha512().hex());
                ps.setLong(3, s.size());
                ps.setString(4, s.detectedType());
                ps.setTimestamp(5, Timestamp.from(s.at()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void metadata(Connection c, List<Row> rows, String extractor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into metadata (blob_sha256, state, outcome,"
                + " extractor, media_type, extracted_text, queued_at, extracted_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (blob_sha256) do nothing")) {
            for (Row r : rows) {
                NewSubmission s = r.submission();
                Timestamp at = Timestamp.from(s.at());
                boolean done = r.doneText() != null;
                ps.setString(1, s.sha256().hex());
                ps.setString(2, done ? "DONE" : "PENDING");
                ps.setString(3, done ? "OK" : null);
                ps.setString(4, done ? extractor : null);
                ps.setString(5, done ? s.detectedType() : null);
                ps.setString(6, r.doneText());
                ps.setTimestamp(7, at);
                ps.setTimestamp(8, done ? at : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Inserts the items; fills their ids and creation times (existing ones read back). */
    private static boolean[] items(Connection c, List<Row> rows, List<UUID> ids, List<Timestamp> createdAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into items (id, collection_id, blob_sha256, title,"
                + " description, source_platform, source_detail, claimed_captured_at, claimed_location, sensitivity,"
                + " language, created_at, created_by, visible) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)"
                + " on conflict (collection_id, blob_sha256) do nothing")) {
            for (Row r : rows) {
                NewSubmission s = r.submission();
                Claims claims = s.request().claims();
                UUID id = UUID.randomUUID();
                ids.add(id);
                createdAt.add(Timestamp.from(s.at()));
                ps.setObject(1, id);
                ps.setObject(2, s.collectionId());
                ps.setString(3, s.sha256().hex());
                JdbcItemStore.bindClaims(ps, 4, claims);
                ps.setString(10, claims.sensitivity().label());
                ps.setString(11, claims.language());
                ps.setTimestamp(12, Timestamp.from(s.at()));
                ps.setLong(13, s.submitterId());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            boolean[] inserted = new boolean[rows.size()];
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] < 0) {
                    throw new SQLException("the driver did not report which items were new");
                }
                inserted[i] = counts[i] == 1;
            }
            existing(c, rows, inserted, ids, createdAt);
            return inserted;
        }
    }

    private static void existing(
            Connection c, List<Row> rows, boolean[] inserted, List<UUID> ids, List<Timestamp> createdAt)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select id, created_at from items where collection_id = ? and blob_sha256 = ?")) {
            for (int i = 0; i < rows.size(); i++) {
                if (inserted[i]) {
                    continue;
                }
                ps.setObject(1, rows.get(i).submission().collectionId());
                ps.setString(2, rows.get(i).submission().sha256().hex());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.set(i, rs.getObject(1, UUID.class));
                    createdAt.set(i, rs.getTimestamp(2));
                }
            }
        }
    }

    private static List<UUID> submissions(Connection c, List<Row> rows, List<UUID> itemIds) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("insert into submissions (id, item_id, submitted_by,"
                + " submitted_at, method, original_filename, declared_type, filename_date, filename_pattern, title,"
                + " description, source_platform, source_detail, claimed_captured_at, claimed_location, language)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                NewSubmission s = rows.get(i).submission();
                UUID id = UUID.randomUUID();
                ids.add(id);
                ps.setObject(1, id);
                ps.setObject(2, itemIds.get(i));
                ps.setLong(3, s.submitterId());
                ps.setTimestamp(4, Timestamp.from(s.at()));
                ps.setString(5, s.request().method());
                ps.setString(6, s.request().originalFilename());
                ps.setString(7, s.request().declaredType());
                ps.setString(8, s.filenameDate());
                ps.setString(9, s.filenamePattern());
                JdbcItemStore.bindClaims(ps, 10, s.request().claims());
                ps.setString(16, s.request().claims().language());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids;
    }
}
