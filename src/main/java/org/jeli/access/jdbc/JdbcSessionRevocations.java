package org.jeli.access.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jeli.access.SessionRevocations;

/**
 * Logged-out web sessions in PostgreSQL ({@code revoked_sessions}), so a logout on one instance is
 * refused on every other one and survives restarts. Only SHA-256 of the session id is stored; rows
 * are deleted once the session would have expired anyway.
 */
@ApplicationScoped
public class JdbcSessionRevocations implements SessionRevocations {
    private final DataSource dataSource;

    public JdbcSessionRevocations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void revoke(String sessionId, Instant until, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("delete from revoked_sessions where until < ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into revoked_sessions (id_hash, until)"
                    + " values (?, ?) on conflict (id_hash) do update set until = excluded.until")) {
                ps.setString(1, hash(sessionId));
                ps.setTimestamp(2, Timestamp.from(until));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording the logout failed", e);
        }
    }

    @Override
    public boolean isRevoked(String sessionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select 1 from revoked_sessions where id_hash = ?")) {
            ps.setString(1, hash(sessionId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading logged-out sessions failed", e);
        }
    }

    private static String hash(String id) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
