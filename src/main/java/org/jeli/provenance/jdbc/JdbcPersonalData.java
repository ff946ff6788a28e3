package org.jeli.provenance.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import org.jeli.provenance.entry.Commitments;

/**
 * Commits to personal data for a log entry: a fresh 32-byte salt is stored in {@code log_salts}
 * (in the caller's transaction) and the entry carries only {@code SHA-256(salt ‖ value)}. Deleting
 * the salt later makes the value unlinkable without touching the tree.
 */
@ApplicationScoped
public class JdbcPersonalData {
    private final SecureRandom random;
    private final Clock clock;

    public JdbcPersonalData(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** The commitment text to put in a payload, e.g. {@code c1:<saltId>:<hash>}. */
    public String commit(Connection c, String saltId, String value) throws SQLException {
        byte[] salt = Commitments.newSalt(random);
        try (PreparedStatement ps =
                c.prepareStatement("insert into log_salts (id, salt, created_at) values (?, ?, ?)")) {
            ps.setString(1, saltId);
            ps.setBytes(2, salt);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        }
        return Commitments.toText(Commitments.commit(saltId, salt, value));
    }

    /**
     * Commitments whose salts are inserted in one statement batch: the commitments are computed at
     * once, the salts reach the database at {@link SaltBatch#flush}, which the caller runs in the
     * same transaction as the entries that carry them (before it commits).
     */
    public SaltBatch batch(Connection c) throws SQLException {
        return new SaltBatch(c.prepareStatement("insert into log_salts (id, salt, created_at) values (?, ?, ?)"));
    }

    /** See {@link #batch}. Closing without {@link #flush} inserts nothing. */
    public final class SaltBatch implements AutoCloseable {
        private final PreparedStatement insert;
        private int pending;

        private SaltBatch(PreparedStatement insert) {
            this.insert = insert;
        }

        /** Like {@link JdbcPersonalData#commit}, the salt inserted at {@link #flush}. */
        public String commit(String saltId, String value) throws SQLException {
            byte[] salt = Commitments.newSalt(random);
            insert.setString(1, saltId);
            insert.setBytes(2, salt);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.addBatch();
            pending++;
            return Commitments.toText(Commitments.commit(saltId, salt, value));
        }

        /** Inserts the salts committed so far. */
        public void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
