package org.jeli.ingest.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.ingest.Claims;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.ItemFilter;
import org.jeli.ingest.ItemPage;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.NewSubmission;
import org.jeli.ingest.RecordedSubmission;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcPersonalData;

/**
 * Items, submissions and collections in PostgreSQL, plain JDBC, one transaction per submission that
 * also appends the submission's log entry.
 */
@ApplicationScoped
public class JdbcItemStore implements ItemStore {
    private final DataSource dataSource;
    private final JdbcItemReader reader;
    private final JdbcLogStore log;
    private final JdbcPersonalData personal;
    private final java.time.Clock clock;

    public JdbcItemStore(
            DataSource dataSource,
            JdbcItemReader reader,
            JdbcLogStore log,
            JdbcPersonalData personal,
            java.time.Clock clock) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.log = log;
        this.personal = personal;
        this.clock = clock;
    }

    @Override
    public RecordedSubmission record(NewSubmission s) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                RecordedSubmission recorded = record(c, s);
                c.commit();
                return recorded;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording the submission failed", e);
        }
    }

    private RecordedSubmission record(Connection c, NewSubmission s) throws SQLException {
        SubmissionRows.Written w = SubmissionRows.write(c, personal, s, true);
        // Same transaction: the item and its "submitted" entry exist together or not at all, and so
        // does the fulfilment of the commitment the bytes were verified against.
        List<EntryDraft> drafts = new java.util.ArrayList<>();
        drafts.add(w.draft());
        Optional<EntryDraft> fulfilment = s.commitmentId() == null
                ? Optional.empty()
                : JdbcCommitmentStore.fulfil(
                        c, s.commitmentId(), w.itemId(), w.submissionId(), Timestamp.from(s.at()), s.submitterId());
        fulfilment.ifPresent(drafts::add);
        var appended = log.append(c, drafts);
        if (fulfilment.isPresent()) {
            JdbcCommitmentStore.fulfilledAt(c, s.commitmentId(), appended.get(1).index());
        }
        return w.recorded(appended.get(0).index());
    }

    /** Binds title, description, platform, detail, captured-at and location from {@code index}. */
    static void bindClaims(PreparedStatement ps, int index, Claims claims) throws SQLException {
        ps.setString(index, claims.title());
        ps.setString(index + 1, claims.description());
        ps.setString(index + 2, claims.sourcePlatform().label());
        ps.setString(index + 3, claims.sourceDetail());
        ps.setString(index + 4, claims.claimedCapturedAt());
        ps.setString(index + 5, claims.claimedLocation());
    }

    @Override
    public long editClaims(UUID itemId, Claims oldClaims, Claims newClaims, long userId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Timestamp now = Timestamp.from(clock.instant());
                try (PreparedStatement ps = c.prepareStatement("update items set title = ?, description = ?,"
                        + " source_platform = ?, source_detail = ?, claimed_captured_at = ?, claimed_location = ?,"
                        + " language = ? where id = ?")) {
                    bindClaims(ps, 1, newClaims);
                    ps.setString(7, newClaims.language());
                    ps.setObject(8, itemId);
                    ps.executeUpdate();
                }
                UUID editId = UUID.randomUUID();
                String before = ClaimsJson.canonical(oldClaims);
                String after = ClaimsJson.canonical(newClaims);
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("edit", editId.toString());
                payload.put("before", personal.commit(c, "claims:" + editId + ":before", before));
                payload.put("after", personal.commit(c, "claims:" + editId + ":after", after));
                long index = log.append(
                                c,
                                List.of(new EntryDraft(
                                        "claims.edited", EntryDraft.user(userId), EntryDraft.item(itemId), payload)))
                        .get(0)
                        .index();
                try (PreparedStatement ps = c.prepareStatement("insert into claim_history (id, item_id, edited_at,"
                        + " edited_by, old_claims, new_claims, log_index) values (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, editId);
                    ps.setObject(2, itemId);
                    ps.setTimestamp(3, now);
                    ps.setLong(4, userId);
                    ps.setString(5, before);
                    ps.setString(6, after);
                    ps.setLong(7, index);
                    ps.executeUpdate();
                }
                c.commit();
                return index;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("editing the claims failed", e);
        }
    }

    @Override
    public Optional<ItemDetails> find(UUID id) {
        return reader.find(id);
    }

    @Override
    public ItemPage list(ItemFilter filter, long userId) {
        return reader.list(filter, userId);
    }

    @Override
    public List<UUID> itemsWithBlob(String sha256Hex) {
        return reader.itemsWithBlob(sha256Hex);
    }
}
