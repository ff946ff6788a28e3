package org.jeli.takedown.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.ingest.ItemTombstones;
import org.jeli.ingest.Tombstone;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogUnavailableException;

/** Takedown requests, approvals, tombstones and legal holds in PostgreSQL. */
@ApplicationScoped
public class JdbcTakedownStore implements ItemTombstones {
    private final DataSource dataSource;

    public JdbcTakedownStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A takedown request as stored. */
    public record Request(
            UUID id,
            UUID itemId,
            String reason,
            String requester,
            long requestedBy,
            Instant requestedAt,
            String state) {}

    /** An item over the blob being taken down, with its collection. */
    public record Affected(UUID itemId, UUID collectionId) {}

    @Override
    public Optional<Tombstone> of(UUID itemId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select taken_down_at, requested_by, approved_by, reason"
                        + " from takedowns where item_id = ?")) {
            ps.setObject(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Tombstone(
                        itemId,
                        rs.getTimestamp(1).toInstant(),
                        EntryDraft.user(rs.getLong(2)),
                        EntryDraft.user(rs.getLong(3)),
                        rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }

    public void insertRequest(Connection c, Request r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into takedown_requests (id, item_id, reason, requester,"
                + " requested_by, requested_at, state) values (?, ?, ?, ?, ?, ?, 'PENDING')")) {
            ps.setObject(1, r.id());
            ps.setObject(2, r.itemId());
            ps.setString(3, r.reason());
            ps.setString(4, r.requester());
            ps.setLong(5, r.requestedBy());
            ps.setTimestamp(6, Timestamp.from(r.requestedAt()));
            ps.executeUpdate();
        }
    }

    /** The request, locked until the transaction ends. */
    public Optional<Request> lockRequest(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, item_id, reason, requester, requested_by,"
                + " requested_at, state from takedown_requests where id = ? for update")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(request(rs)) : Optional.empty();
            }
        }
    }

    public List<Request> requests(Connection c) throws SQLException {
        List<Request> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, item_id, reason, requester, requested_by,"
                        + " requested_at, state from takedown_requests order by requested_at desc limit 1000");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(request(rs));
            }
        }
        return out;
    }

    private static Request request(ResultSet rs) throws SQLException {
        return new Request(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7));
    }

    public List<Long> approvers(Connection c, UUID requestId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select approved_by from takedown_approvals where request_id = ? order by approved_at")) {
            ps.setObject(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    public void approve(Connection c, UUID requestId, long admin, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into takedown_approvals (request_id, approved_by, approved_at) values (?, ?, ?)")) {
            ps.setObject(1, requestId);
            ps.setLong(2, admin);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    public void decide(Connection c, UUID requestId, String state, long admin, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update takedown_requests set state = ?, decided_by = ?, decided_at = ? where id = ?")) {
            ps.setString(1, state);
            ps.setLong(2, admin);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setObject(4, requestId);
            ps.executeUpdate();
        }
    }

    /** The blob of an item, or empty when there is no such item. */
    public Optional<String> blobOf(Connection c, UUID itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select blob_sha256 from items where id = ?")) {
            ps.setObject(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The distinct blobs of the items of a collection. */
    public List<String> blobsOfCollection(Connection c, UUID collectionId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("select distinct blob_sha256 from items where collection_id = ?")) {
            ps.setObject(1, collectionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Every item over the blob (in every collection), with its collection. */
    public List<Affected> itemsOver(Connection c, String sha256) throws SQLException {
        List<Affected> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("select id, collection_id from items where blob_sha256 = ? order by created_at")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Affected(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                }
            }
        }
        return out;
    }

    /** Whether an active legal hold covers any of the items or their collections. */
    public boolean held(Connection c, List<Affected> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from legal_holds where lifted_at is null and"
                + " (item_id = any(?) or collection_id = any(?)) limit 1")) {
            ps.setArray(1, uuids(c, items.stream().map(Affected::itemId).toList()));
            ps.setArray(
                    2,
                    uuids(
                            c,
                            items.stream()
                                    .map(Affected::collectionId)
                                    .distinct()
                                    .toList()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public void insertTombstone(
            Connection c,
            UUID itemId,
            UUID requestId,
            String sha256,
            Instant at,
            long requestedBy,
            long approvedBy,
            String reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into takedowns (item_id, request_id, blob_sha256,"
                + " taken_down_at, requested_by, approved_by, reason) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (item_id) do nothing")) {
            ps.setObject(1, itemId);
            ps.setObject(2, requestId);
            ps.setString(3, sha256);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setLong(5, requestedBy);
            ps.setLong(6, approvedBy);
            ps.setString(7, reason);
            ps.executeUpdate();
        }
    }

    /**
     * Erases the personal data the database holds about these items and their bytes: claims,
     * original file names, extracted metadata and text, claim history.
     */
    public void scrub(Connection c, List<UUID> items, String sha256) throws SQLException {
        Array ids = uuids(c, items);
        update(
                c,
                "update items set title = '', description = '', source_detail = '', claimed_captured_at = null,"
                        + " claimed_location = null where id = any(?)",
                ids);
        update(
                c,
                "update submissions set original_filename = null, filename_date = null, filename_pattern = null,"
                        + " title = '', description = '', source_detail = '', claimed_captured_at = null,"
                        + " claimed_location = null where item_id = any(?)",
                ids);
        update(c, "delete from claim_history where item_id = any(?)", ids);
        try (PreparedStatement ps = c.prepareStatement("update metadata set state = 'DONE', outcome = 'FAILED',"
                + " outcome_detail = 'taken down', captured_at = null, gps_latitude = null, gps_longitude = null,"
                + " device_make = null, device_model = null, language = null, raw = null, extracted_text = null"
                + " where blob_sha256 = ?")) {
            ps.setString(1, sha256);
            ps.executeUpdate();
        }
    }

    /** Deletes salts; returns how many existed. */
    public int destroySalts(Connection c, List<String> saltIds) throws SQLException {
        if (saltIds.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("delete from log_salts where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", saltIds.toArray()));
            return ps.executeUpdate();
        }
    }

    public void contentDestroyed(String sha256, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update takedowns set content_destroyed_at = ? where blob_sha256 = ? and content_destroyed_at is null")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, sha256);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }

    /**
     * The stored derivatives (thumbnails, previews) of an original, except any whose bytes are also
     * an original of the archive (content addressing could make them the same blob).
     */
    public List<String> derivativesOf(String sha256) {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select d.sha256 from derivatives d where d.blob_sha256 = ?"
                                + " and d.sha256 is not null and not exists (select 1 from blobs b where b.sha256 = d.sha256)")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
        return out;
    }

    /** Forgets the derivatives of an original once their bytes are destroyed. */
    public void derivativesDestroyed(String sha256) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from derivatives where blob_sha256 = ?")) {
            ps.setString(1, sha256);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }

    /** Blobs of takedowns whose content is not yet confirmed destroyed. */
    public List<String> pendingDestruction() {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select distinct blob_sha256 from takedowns where content_destroyed_at is null");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
        return out;
    }

    // Legal holds

    /** A legal hold as stored. */
    public record Hold(
            UUID id,
            UUID itemId,
            UUID collectionId,
            String reason,
            long placedBy,
            Instant placedAt,
            Instant liftedAt) {}

    public void insertHold(Connection c, Hold h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into legal_holds (id, item_id, collection_id, reason,"
                + " placed_by, placed_at) values (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, h.id());
            ps.setObject(2, h.itemId());
            ps.setObject(3, h.collectionId());
            ps.setString(4, h.reason());
            ps.setLong(5, h.placedBy());
            ps.setTimestamp(6, Timestamp.from(h.placedAt()));
            ps.executeUpdate();
        }
    }

    /** Lifts an active hold; returns it, or empty when there is no active hold with that id. */
    public Optional<Hold> lift(Connection c, UUID id, long admin, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update legal_holds set lifted_by = ?, lifted_at = ? where id = ?"
                        + " and lifted_at is null returning id, item_id, collection_id, reason, placed_by, placed_at, lifted_at")) {
            ps.setLong(1, admin);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setObject(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(hold(rs)) : Optional.empty();
            }
        }
    }

    public List<Hold> holds(Connection c) throws SQLException {
        List<Hold> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, item_id, collection_id, reason, placed_by,"
                        + " placed_at, lifted_at from legal_holds order by placed_at desc limit 1000");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(hold(rs));
            }
        }
        return out;
    }

    private static Hold hold(ResultSet rs) throws SQLException {
        Timestamp lifted = rs.getTimestamp(7);
        return new Hold(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getLong(5),
                rs.getTimestamp(6).toInstant(),
                lifted == null ? null : lifted.toInstant());
    }

    public boolean collectionExists(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from collections where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void update(Connection c, String sql, Array ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            ps.executeUpdate();
        }
    }

    private static Array uuids(Connection c, List<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }
}
