package org.jeli.provenance.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jeli.provenance.LogUnavailableException;

/**
 * PostgreSQL advisory locks that serialise work across every instance on one database: one for
 * the length of a transaction, or one held on a connection of its own until {@link #close}.
 */
public final class AdvisoryLock implements AutoCloseable {
    /** Checkpoint creation: "JELICPT" in ASCII. */
    public static final long CHECKPOINTS = 0x4A454C49435054L;
    /** The log's signing key folder: "JELIKEY" in ASCII. */
    public static final long SIGNING_KEYS = 0x4A454C494B4559L;

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /** Waits for the lock {@code key} until the transaction of {@code c} ends. */
    public static void forTransaction(Connection c, long key) throws SQLException {
        call(c, "pg_advisory_xact_lock", key);
    }

    /** Waits for the lock {@code key} on a connection of its own; {@link #close} releases it. */
    public static AdvisoryLock hold(DataSource dataSource, long key) {
        try {
            Connection c = dataSource.getConnection();
            try {
                call(c, "pg_advisory_lock", key);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new AdvisoryLock(c, key);
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            call(connection, "pg_advisory_unlock", key);
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }

    private static void call(Connection c, String function, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + function + "(?)")) {
            ps.setLong(1, key);
            ps.executeQuery().close();
        }
    }
}
