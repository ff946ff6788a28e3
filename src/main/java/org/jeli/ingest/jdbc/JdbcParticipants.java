package org.jeli.ingest.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jeli.ingest.chat.Pseudonyms;

/**
 * Per-collection pseudonyms: "Participant N", numbered in order of first appearance, keyed by
 * HMAC-SHA-256 of the normalised identity under the collection's random key (created on first
 * use). Numbering takes a transaction-scoped advisory lock per collection, so concurrent imports
 * into one collection never give two people one number.
 */
@ApplicationScoped
public class JdbcParticipants {
    private final SecureRandom random;
    private final Clock clock;

    public JdbcParticipants(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** The collection's key, created when {@code create} and there is none yet. */
    public Optional<byte[]> key(Connection c, UUID collectionId, boolean create) throws SQLException {
        Optional<byte[]> existing = readKey(c, collectionId);
        if (existing.isPresent() || !create) {
            return existing;
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        try (PreparedStatement ps = c.prepareStatement("insert into chat_pseudonym_keys (collection_id, hmac_key,"
                + " created_at) values (?, ?, ?) on conflict (collection_id) do nothing")) {
            ps.setObject(1, collectionId);
            ps.setBytes(2, key);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        }
        return readKey(c, collectionId);
    }

    private static Optional<byte[]> readKey(Connection c, UUID collectionId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select hmac_key from chat_pseudonym_keys where collection_id = ?")) {
            ps.setObject(1, collectionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Locks the collection's numbering until the transaction ends. */
    public void lock(Connection c, UUID collectionId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select pg_advisory_xact_lock(hashtext('chat-participants:' || ?))")) {
            ps.setString(1, collectionId.toString());
            ps.execute();
        }
    }

    /** The number of this person as written, assigning the next one on first appearance (locked). */
    public int assign(Connection c, UUID collectionId, byte[] key, String asWritten) throws SQLException {
        String hmac = Pseudonyms.hmac(key, Pseudonyms.identity(asWritten));
        Integer known = number(c, collectionId, hmac);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into chat_participants (collection_id,"
                + " identity_hmac, number) select ?, ?, coalesce(max(number), 0) + 1 from chat_participants"
                + " where collection_id = ? returning number")) {
            ps.setObject(1, collectionId);
            ps.setString(2, hmac);
            ps.setObject(3, collectionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The number of the person with this identity HMAC, or null. */
    public Integer number(Connection c, UUID collectionId, String hmac) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select number from chat_participants where collection_id = ? and identity_hmac = ?")) {
            ps.setObject(1, collectionId);
            ps.setString(2, hmac);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }
}
