package org.jeli.access.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jeli.access.SecondFactor;
import org.jeli.access.SecondFactorStore;

/** Second factors and recovery codes in PostgreSQL, plain JDBC. */
@ApplicationScoped
public class JdbcSecondFactorStore implements SecondFactorStore {
    private final DataSource dataSource;

    public JdbcSecondFactorStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<SecondFactor> find(long userId) {
        String sql = "select secret, confirmed_at, last_step from second_factors where user_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp confirmed = rs.getTimestamp(2);
                return Optional.of(new SecondFactor(
                        userId, rs.getBytes(1), confirmed == null ? null : confirmed.toInstant(), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("second factor lookup failed", e);
        }
    }

    @Override
    public boolean start(long userId, byte[] secret, Instant at) {
        String sql = "insert into second_factors (user_id, secret, created_at) values (?, ?, ?)"
                + " on conflict (user_id) do update set secret = excluded.secret,"
                + " created_at = excluded.created_at, last_step = -1"
                + " where second_factors.confirmed_at is null";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, userId);
            ps.setBytes(2, secret);
            ps.setTimestamp(3, Timestamp.from(at));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("second factor enrolment failed", e);
        }
    }

    @Override
    public boolean confirm(long userId, long step, Instant at, List<byte[]> recoveryCodeHashes) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean confirmed;
                try (PreparedStatement ps = c.prepareStatement("update second_factors set confirmed_at = ?,"
                        + " last_step = ? where user_id = ? and confirmed_at is null and last_step < ?")) {
                    ps.setTimestamp(1, Timestamp.from(at));
                    ps.setLong(2, step);
                    ps.setLong(3, userId);
                    ps.setLong(4, step);
                    confirmed = ps.executeUpdate() == 1;
                }
                if (confirmed) {
                    replaceRecoveryCodes(c, userId, recoveryCodeHashes);
                }
                c.commit();
                return confirmed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("second factor confirmation failed", e);
        }
    }

    private static void replaceRecoveryCodes(Connection c, long userId, List<byte[]> hashes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from recovery_codes where user_id = ?")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("insert into recovery_codes (user_id, code_hash) values (?, ?)")) {
            for (byte[] hash : hashes) {
                ps.setLong(1, userId);
                ps.setBytes(2, hash);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public boolean acceptStep(long userId, long step) {
        String sql = "update second_factors set last_step = ?"
                + " where user_id = ? and confirmed_at is not null and last_step < ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, step);
            ps.setLong(2, userId);
            ps.setLong(3, step);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("second factor update failed", e);
        }
    }

    @Override
    public boolean useRecoveryCode(long userId, byte[] codeHash, Instant at) {
        String sql = "update recovery_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, userId);
            ps.setBytes(3, codeHash);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("recovery code update failed", e);
        }
    }

    @Override
    public boolean remove(long userId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement codes = c.prepareStatement("delete from recovery_codes where user_id = ?");
                    PreparedStatement factor = c.prepareStatement("delete from second_factors where user_id = ?")) {
                codes.setLong(1, userId);
                codes.executeUpdate();
                factor.setLong(1, userId);
                boolean removed = factor.executeUpdate() == 1;
                c.commit();
                return removed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("second factor reset failed", e);
        }
    }
}
