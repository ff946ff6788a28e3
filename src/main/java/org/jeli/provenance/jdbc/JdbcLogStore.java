package org.jeli.provenance.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jeli.provenance.AppendedEntry;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.provenance.merkle.CompactRange;
import org.jeli.provenance.merkle.MerkleHash;
import org.jeli.provenance.merkle.NodeHash;

/**
 * The log in PostgreSQL. {@link #append} runs inside the caller's transaction and holds the
 * sequencer lock (a transaction-scoped advisory lock) until it commits, so concurrent requests and
 * several instances on one database append one gapless log, never a fork.
 */
@ApplicationScoped
public class JdbcLogStore {
    /** The advisory lock key of the sequencer: "JELILOG" in ASCII. */
    static final long SEQUENCER_LOCK = 0x4A454C494C4F47L;

    private final Clock clock;

    public JdbcLogStore(Clock clock) {
        this.clock = clock;
    }

    /** Appends drafts in order; everything becomes visible when the caller's transaction commits. */
    public List<AppendedEntry> append(Connection c, List<EntryDraft> drafts) throws SQLException {
        if (drafts.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            ps.setLong(1, SEQUENCER_LOCK);
            ps.execute();
        }
        Head head = head(c);
        Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] previous = head.lastLeafHash();
        List<byte[]> leaves = new ArrayList<>(drafts.size());
        List<AppendedEntry> appended = new ArrayList<>(drafts.size());
        try (PreparedStatement ps = c.prepareStatement("insert into log_entries (idx, leaf_hash, entry, kind, subject,"
                + " created_at) values (?, ?, ?, ?, ?, ?)")) {
            long index = head.size();
            for (EntryDraft d : drafts) {
                byte[] bytes = EntryCodec.encode(new LogEntry(
                        EntryCodec.VERSION, d.kind(), time, d.actor(), d.subject(), d.payload(), previous));
                byte[] leaf = MerkleHash.leafHash(bytes);
                ps.setLong(1, index);
                ps.setBytes(2, leaf);
                ps.setBytes(3, bytes);
                ps.setString(4, d.kind());
                ps.setString(5, d.subject());
                ps.setTimestamp(6, Timestamp.from(time));
                ps.addBatch();
                leaves.add(leaf);
                appended.add(new AppendedEntry(index, leaf));
                previous = leaf;
                index++;
            }
            ps.executeBatch();
        }
        JdbcNodeReader reader = new JdbcNodeReader(c).prefetch(CompactRange.nodesForAppend(head.size()));
        List<NodeHash> nodes = CompactRange.nodesToStore(reader, head.size(), leaves);
        try (PreparedStatement ps = c.prepareStatement("insert into log_nodes (level, idx, hash) values (?, ?, ?)")) {
            for (NodeHash n : nodes) {
                ps.setShort(1, (short) n.id().level());
                ps.setLong(2, n.id().index());
                ps.setBytes(3, n.hash());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return appended;
    }

    /** The number of entries and the last entry's leaf hash (32 zero bytes for an empty log). */
    public Head head(Connection c) throws SQLException {
        try (PreparedStatement ps =
                        c.prepareStatement("select idx, leaf_hash from log_entries order by idx desc limit 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1) + 1, rs.getBytes(2)) : new Head(0, new byte[32]);
        }
    }

    /** The log's size and the leaf hash that the next entry chains to. */
    public record Head(long size, byte[] lastLeafHash) {}

    /** The exact bytes of entry {@code index}. */
    public Optional<StoredEntry> entry(Connection c, long index) throws SQLException {
        List<StoredEntry> one = entries(c, index, index + 1);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** Entries {@code [start, end)} in index order. */
    public List<StoredEntry> entries(Connection c, long start, long end) throws SQLException {
        List<StoredEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select idx, leaf_hash, entry, kind, subject from log_entries"
                + " where idx >= ? and idx < ? order by idx")) {
            ps.setLong(1, start);
            ps.setLong(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredEntry(
                            rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** Every entry about {@code subject}, in index order. */
    public List<StoredEntry> entriesAbout(Connection c, String subject) throws SQLException {
        List<StoredEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select idx, leaf_hash, entry, kind, subject from log_entries where subject = ? order by idx")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredEntry(
                            rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** A stored entry: its index, leaf hash and exact canonical bytes. */
    public record StoredEntry(long index, byte[] leafHash, byte[] bytes, String kind, String subject) {}
}
