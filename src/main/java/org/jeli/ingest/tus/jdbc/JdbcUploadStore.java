package org.jeli.ingest.tus.jdbc;

import static org.jeli.provenance.jdbc.Transactions.inTransaction;

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
import java.util.UUID;
import javax.sql.DataSource;
import org.jeli.ingest.tus.Upload;

/** Upload state in PostgreSQL: what makes an acknowledged offset survive a restart. */
@ApplicationScoped
public class JdbcUploadStore {
    /** Namespaces the per-user advisory lock that serialises the limit check of creations. */
    private static final int LOCK_SPACE = 0x7475_7301;

    private static final String COLUMNS = "id, owner_id, collection_id, length, upload_offset, metadata, part_key,"
            + " created_at, expires_at, item_id";

    private final DataSource dataSource;

    public JdbcUploadStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a user has in flight: unfinished, unexpired uploads and the sum of their lengths. */
    public record InFlight(int open, long bytes) {}

    /** The check sees the user's uploads in flight under a per-user lock and decides before the insert. */
    public interface LimitCheck {
        void check(InFlight inFlight);
    }

    public void create(Upload u, Instant now, LimitCheck limits) {
        inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                ps.setInt(1, LOCK_SPACE);
                ps.setInt(2, (int) u.ownerId());
                ps.execute();
            }
            limits.check(inFlight(c, u.ownerId(), now));
            try (PreparedStatement ps =
                    c.prepareStatement("insert into uploads (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, u.id());
                ps.setLong(2, u.ownerId());
                ps.setObject(3, u.collectionId());
                ps.setLong(4, u.length());
                ps.setLong(5, u.offset());
                ps.setString(6, u.metadata());
                ps.setBytes(7, u.partKey());
                ps.setTimestamp(8, Timestamp.from(u.createdAt()));
                ps.setTimestamp(9, Timestamp.from(u.expiresAt()));
                ps.setObject(10, u.itemId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static InFlight inFlight(Connection c, long ownerId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*), coalesce(sum(length), 0) from uploads"
                + " where owner_id = ? and completed_at is null and expires_at > ?")) {
            ps.setLong(1, ownerId);
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new InFlight(rs.getInt(1), rs.getLong(2));
            }
        }
    }

    public Optional<Upload> find(UUID id) {
        return inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from uploads where id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Upload>empty();
                }
            }
        });
    }

    /** Moves the offset forward if it is still {@code from} (no other request moved it). */
    public boolean advance(UUID id, long from, long to, Instant expiresAt) {
        return update(
                "update uploads set upload_offset = ?, expires_at = ? where id = ? and upload_offset = ?"
                        + " and completed_at is null",
                to,
                Timestamp.from(expiresAt),
                id,
                from);
    }

    public boolean complete(UUID id, UUID itemId, Instant at) {
        return update(
                "update uploads set item_id = ?, completed_at = ? where id = ? and completed_at is null",
                itemId,
                Timestamp.from(at),
                id);
    }

    public boolean delete(UUID id) {
        return update("delete from uploads where id = ?", id);
    }

    /** Unfinished uploads whose expiry has passed, oldest first. */
    public List<UUID> expired(Instant now, int limit) {
        return inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select id from uploads where completed_at is null"
                    + " and expires_at <= ? order by expires_at limit ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                List<UUID> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }
                return out;
            }
        });
    }

    /** Deletes the row only if it is still unfinished and expired (a PATCH may have renewed it). */
    public boolean deleteIfExpired(UUID id, Instant now) {
        return update(
                "delete from uploads where id = ? and completed_at is null and expires_at <= ?",
                id,
                Timestamp.from(now));
    }

    private boolean update(String sql, Object... params) {
        return inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Upload read(ResultSet rs) throws SQLException {
        return new Upload(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getObject(3, UUID.class),
                rs.getLong(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getBytes(7),
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(),
                rs.getObject(10, UUID.class));
    }
}
