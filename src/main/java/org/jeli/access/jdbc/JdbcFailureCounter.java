package org.jeli.access.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jeli.access.FailureCounter;

/**
 * Failed logins counted in PostgreSQL ({@code login_failures}, {@code login_locks}), so that every
 * instance sees the failures made on the others and a lock set by one holds on all. Keys (user
 * names, client addresses) are stored only as SHA-256 of scope and key; failures older than the
 * window are deleted as new ones arrive. A failure is counted in one transaction that locks the
 * key's row, so concurrent failures on two instances are both counted. Times are the callers'
 * (each instance's clock; keep them in sync).
 */
public final class JdbcFailureCounter implements FailureCounter {
    private final DataSource dataSource;
    private final String scope;
    private final int threshold;
    private final Duration window;
    private final Duration lockDuration;

    /** {@code scope} is {@code account} or {@code address}. */
    public JdbcFailureCounter(
            DataSource dataSource, String scope, int threshold, Duration window, Duration lockDuration) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        this.dataSource = dataSource;
        this.scope = scope;
        this.threshold = threshold;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    @Override
    public boolean isLocked(String key, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select locked_until > ? from login_locks where scope = ? and key = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, scope);
            ps.setString(3, hash(key));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the login failure counter is unavailable", e);
        }
    }

    @Override
    public int recordFailure(String key, Instant now) {
        String h = hash(key);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int count = record(c, h, now);
                c.commit();
                return count;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the login failure counter is unavailable", e);
        }
    }

    private int record(Connection c, String h, Instant now) throws SQLException {
        update(c, "insert into login_locks (scope, key) values (?, ?) on conflict do nothing", h, 1);
        Timestamp lockedUntil;
        try (PreparedStatement ps =
                c.prepareStatement("select locked_until from login_locks where scope = ? and key = ? for update")) {
            ps.setString(1, scope);
            ps.setString(2, h);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                lockedUntil = rs.getTimestamp(1);
            }
        }
        if (lockedUntil != null && now.isBefore(lockedUntil.toInstant())) {
            return threshold;
        }
        try (PreparedStatement ps = c.prepareStatement("delete from login_failures where at <= ?")) {
            ps.setTimestamp(1, Timestamp.from(now.minus(window)));
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("insert into login_failures (scope, key, at) values (?, ?, ?)")) {
            ps.setString(1, scope);
            ps.setString(2, h);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.executeUpdate();
        }
        int count;
        try (PreparedStatement ps =
                c.prepareStatement("select count(*) from login_failures where scope = ? and key = ?")) {
            ps.setString(1, scope);
            ps.setString(2, h);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getInt(1);
            }
        }
        Instant until = count >= threshold ? now.plus(lockDuration) : null;
        try (PreparedStatement ps =
                c.prepareStatement("update login_locks set locked_until = ? where scope = ? and key = ?")) {
            ps.setTimestamp(1, until == null ? null : Timestamp.from(until));
            ps.setString(2, scope);
            ps.setString(3, h);
            ps.executeUpdate();
        }
        if (until != null) {
            update(c, "delete from login_failures where scope = ? and key = ?", h, 1);
        }
        return count;
    }

    @Override
    public void reset(String key) {
        try (Connection c = dataSource.getConnection()) {
            update(
                    c,
                    "with f as (delete from login_failures where scope = ? and key = ?)"
                            + " delete from login_locks where scope = ? and key = ?",
                    hash(key),
                    2);
        } catch (SQLException e) {
            throw new IllegalStateException("the login failure counter is unavailable", e);
        }
    }

    /** Runs {@code sql} whose parameters are {@code pairs} times (scope, key hash). */
    private void update(Connection c, String sql, String h, int pairs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < pairs; i++) {
                ps.setString(2 * i + 1, scope);
                ps.setString(2 * i + 2, h);
            }
            ps.executeUpdate();
        }
    }

    private String hash(String key) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256").digest((scope + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
