package org.jeli.ingest.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Finds a collection by id or name inside a transaction, creating it by name when absent. */
final class JdbcCollections {
    private JdbcCollections() {}

    static Optional<UUID> find(Connection c, String idOrName) throws SQLException {
        UUID asId = parseUuid(idOrName);
        String sql =
                asId != null ? "select id from collections where id = ?" : "select id from collections where name = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (asId != null) {
                ps.setObject(1, asId);
            } else {
                ps.setString(1, idOrName);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    static UUID resolveOrCreate(Connection c, String idOrName, long userId, Timestamp at) throws SQLException {
        Optional<UUID> existing = find(c, idOrName);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into collections (id, name, created_at, created_by)"
                + " values (?, ?, ?, ?) on conflict (name) do nothing")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, idOrName);
            ps.setTimestamp(3, at);
            ps.setLong(4, userId);
            ps.executeUpdate();
        }
        return find(c, idOrName).orElseThrow(() -> new SQLException("collection vanished"));
    }

    static UUID parseUuid(String s) {
        if (s == null || s.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
