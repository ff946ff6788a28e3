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
}
