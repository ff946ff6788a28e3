package org.jeli.fixity.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jeli.fixity.FixityOutcome;

/** The audit's cursor and each blob's last outcome, in PostgreSQL. */
@ApplicationScoped
public class JdbcFixityStore {

    /** Where the current cycle stands. */
    public record Cursor(long cycle, String lastSha256, Instant cycleStartedAt, Instant lastCompletedAt) {}

    /** A blob to audit. */
    public record BlobRow(String sha256, String sha512, long size) {}

    /** A damaged blob and the items over it. */
    public record Damaged(
            String sha256,
            FixityOutcome outcome,
            String detail,
            Instant checkedAt,
            Instant damagedSince,
            List<UUID> items) {}

    /** The cursor, locked for update until the transaction ends (one auditor at a time). */
    public Cursor lockCursor(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into fixity_cursor (id, cycle, last_sha256,"
                + " cycle_started_at) values (1, 1, '', ?) on conflict (id) do nothing")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("select cycle, last_sha256, cycle_started_at, last_completed_at"
                        + " from fixity_cursor where id = 1 for update");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp completed = rs.getTimestamp(4);
            return new Cursor(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    completed == null ? null : completed.toInstant());
        }
    }

    public Cursor cursor(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                        "select cycle, last_sha256, cycle_started_at, last_completed_at from fixity_cursor where id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Timestamp completed = rs.getTimestamp(4);
            return new Cursor(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    completed == null ? null : completed.toInstant());
        }
    }

    /** The next blobs after {@code afterSha256}, in sha256 order. */
    public List<BlobRow> next(Connection c, String afterSha256, int limit) throws SQLException {
        List<BlobRow> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("select sha256, sha512, size from blobs where sha256 > ? order by sha256 limit ?")) {
            ps.setString(1, afterSha256);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BlobRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    public void advance(Connection c, String lastSha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update fixity_cursor set last_sha256 = ? where id = 1")) {
            ps.setString(1, lastSha256);
            ps.executeUpdate();
        }
    }

    public void completeCycle(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("update fixity_cursor set last_completed_at = ?, last_sha256 = '' where id = 1")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    public void startCycle(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update fixity_cursor set cycle = cycle + 1, last_sha256 = '',"
                + " cycle_started_at = ? where id = 1")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** Records an outcome; returns the previous one (null when never checked). */
    public FixityOutcome record(Connection c, String sha256, FixityOutcome outcome, String detail, Instant now)
            throws SQLException {
        FixityOutcome previous = null;
        try (PreparedStatement ps = c.prepareStatement("select outcome from fixity_status where blob_sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    previous = FixityOutcome.valueOf(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into fixity_status (blob_sha256, outcome, detail,"
                + " checked_at, damaged_since) values (?, ?, ?, ?, ?) on conflict (blob_sha256) do update set"
                + " outcome = excluded.outcome, detail = excluded.detail, checked_at = excluded.checked_at,"
                + " damaged_since = case when excluded.outcome = 'OK' then null"
                + " else coalesce(fixity_status.damaged_since, excluded.damaged_since) end")) {
            ps.setString(1, sha256);
            ps.setString(2, outcome.name());
            ps.setString(3, detail);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, outcome == FixityOutcome.OK ? null : Timestamp.from(now));
            ps.executeUpdate();
        }
        return previous;
    }

    public long damagedCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from fixity_status where outcome <> 'OK'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<Damaged> damaged(Connection c, int limit) throws SQLException {
        List<Damaged> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select f.blob_sha256, f.outcome, f.detail, f.checked_at,"
                + " f.damaged_since, coalesce(array_agg(i.id) filter (where i.id is not null), '{}')"
                + " from fixity_status f left join items i on i.blob_sha256 = f.blob_sha256"
                + " where f.outcome <> 'OK' group by f.blob_sha256, f.outcome, f.detail, f.checked_at,"
                + " f.damaged_since order by f.damaged_since, f.blob_sha256 limit ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<UUID> items = new ArrayList<>();
                    for (Object id : (Object[]) rs.getArray(6).getArray()) {
                        items.add((UUID) id);
                    }
                    out.add(new Damaged(
                            rs.getString(1),
                            FixityOutcome.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5).toInstant(),
                            items));
                }
            }
        }
        return out;
    }

    /** Counts of outcomes over all blobs ever checked. */
    public long checkedCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from fixity_status");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
