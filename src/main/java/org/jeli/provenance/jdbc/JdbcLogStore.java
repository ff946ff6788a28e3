package org.jeli.provenance.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jeli.provenance.AppendedEntry;
import org.jeli.provenance.EntryDraft;

/**
 * The log in PostgreSQL. {@link #append} runs inside the caller's transaction and holds the
 * sequencer lock (a transaction-scoped advisory lock) until it commits, so concurrent requests and
 * several instances on one database append one gapless log, never a fork.
 */
@ApplicationScoped
public class JdbcLogStore {
    private final Clock clock;
    private final PeakCache peaks = new PeakCache();

    public JdbcLogStore(Clock clock) {
        this.clock = clock;
    }

    /** Appends drafts in order; everything becomes visible when the caller's transaction commits. */
    public List<AppendedEntry> append(Connection c, List<EntryDraft> drafts) throws SQLException {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Head> expected = peaks.knownHead();
        if (expected.isPresent()) {
            Batch batch = Batch.build(drafts, expected.get(), time, peaks.readerFor(c, expected.get()));
            if (batch.write(c, "select log_append_if_head(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", expected.get())) {
                peaks.remember(batch.newSize(), batch.lastLeaf(), batch.nodes());
                return batch.appended();
            }
        }
        Head head = lockHead(c);
        Batch batch = Batch.build(drafts, head, time, peaks.readerFor(c, head));
        batch.write(c, "select log_insert(?, ?, ?, ?, ?, ?, ?, ?, ?)", null);
        peaks.remember(batch.newSize(), batch.lastLeaf(), batch.nodes());
        return batch.appended();
    }

    /** Takes the sequencer lock (until the transaction ends) and reads the head, in one round trip. */
    private static Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select size, last_leaf from log_lock_head()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getBytes(2));
        }
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
