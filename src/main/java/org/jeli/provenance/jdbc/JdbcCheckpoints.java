package org.jeli.provenance.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jeli.provenance.StoredCheckpoint;

/** Signed checkpoints and their RFC 3161 timestamps. Insert-only. */
@ApplicationScoped
public class JdbcCheckpoints {
    private static final String COLUMNS = "size, root_hash, note, key_id, created_at";

    /**
     * Serialises checkpoint creation across every instance on this database until the transaction
     * ends: whoever holds it reads the latest checkpoint and the head, so checkpoints are stored in
     * increasing size, each signed over a prefix of the next.
     */
    public void lockForCheckpoint(Connection c) throws SQLException {
        AdvisoryLock.forTransaction(c, AdvisoryLock.CHECKPOINTS);
    }

    public Optional<StoredCheckpoint> latest(Connection c) throws SQLException {
        return one(c, "select " + COLUMNS + " from log_checkpoints order by size desc limit 1", -1);
    }

    public Optional<StoredCheckpoint> bySize(Connection c, long size) throws SQLException {
        return one(c, "select " + COLUMNS + " from log_checkpoints where size = ?", size);
    }

    /** The smallest checkpoint whose tree contains entry {@code index}. */
    public Optional<StoredCheckpoint> firstCovering(Connection c, long index) throws SQLException {
        return one(c, "select " + COLUMNS + " from log_checkpoints where size > ? order by size limit 1", index);
    }

    /** The smallest checkpoint containing entry {@code index} that an authority has timestamped. */
    public Optional<StoredCheckpoint> firstTimestampedCovering(Connection c, long index) throws SQLException {
        return one(
                c,
                "select " + COLUMNS + " from log_checkpoints cp where size > ? and exists (select 1 from"
                        + " log_timestamps t where t.size = cp.size) order by size limit 1",
                index);
    }

    /** Every stored timestamp reply for a checkpoint, oldest first. */
    public List<byte[]> timestamps(Connection c, long size) throws SQLException {
        List<byte[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select response from log_timestamps where size = ? order by created_at, authority")) {
            ps.setLong(1, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getBytes(1));
                }
            }
        }
        return out;
    }

    /** Every checkpoint in size order. */
    public List<StoredCheckpoint> all(Connection c) throws SQLException {
        List<StoredCheckpoint> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from log_checkpoints order by size");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Stores a checkpoint; false when one of that size already exists (another instance made it). */
    public boolean insert(Connection c, StoredCheckpoint cp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into log_checkpoints (" + COLUMNS + ") values (?, ?, ?, ?, ?) on conflict (size) do nothing")) {
            ps.setLong(1, cp.size());
            ps.setBytes(2, cp.rootHash());
            ps.setString(3, cp.note());
            ps.setString(4, cp.keyId());
            ps.setTimestamp(5, Timestamp.from(cp.createdAt()));
            return ps.executeUpdate() == 1;
        }
    }

    public void insertTimestamp(Connection c, long size, String authority, byte[] response, Instant genTime, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into log_timestamps (size, authority, response,"
                + " gen_time, created_at) values (?, ?, ?, ?, ?) on conflict do nothing")) {
            ps.setLong(1, size);
            ps.setString(2, authority);
            ps.setBytes(3, response);
            ps.setTimestamp(4, Timestamp.from(genTime));
            ps.setTimestamp(5, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    /** A stored timestamp reply for a checkpoint, from the given authority or any. */
    public Optional<byte[]> timestamp(Connection c, long size) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select response from log_timestamps where size = ? order by created_at limit 1")) {
            ps.setLong(1, size);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Checkpoint sizes that have no timestamp from {@code authority}, oldest first. */
    public List<Long> untimestamped(Connection c, String authority, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select cp.size from log_checkpoints cp where not exists"
                + " (select 1 from log_timestamps t where t.size = cp.size and t.authority = ?) order by cp.size"
                + " limit ?")) {
            ps.setString(1, authority);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static Optional<StoredCheckpoint> one(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg >= 0) {
                ps.setLong(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static StoredCheckpoint read(ResultSet rs) throws SQLException {
        return new StoredCheckpoint(
                rs.getLong(1),
                rs.getBytes(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
