package org.jeli.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jeli.provenance.jdbc.JdbcCheckpoints;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcLogStore.StoredEntry;
import org.jeli.provenance.jdbc.JdbcProofs;

/** Reads the log: checkpoints, entries, and proofs computed from stored subtree hashes. */
@ApplicationScoped
public class LogReader {
    private final DataSource dataSource;
    private final JdbcLogStore log;
    private final JdbcCheckpoints checkpoints;
    private final JdbcProofs proofs;

    public LogReader(DataSource dataSource, JdbcLogStore log, JdbcCheckpoints checkpoints, JdbcProofs proofs) {
        this.dataSource = dataSource;
        this.log = log;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
    }

    /** One entry with its proof against a checkpoint (null when no checkpoint covers it yet). */
    public record ProvenEntry(StoredEntry entry, InclusionProof proof) {}

    /** Entries proven against one checkpoint (null when there is none yet). */
    public record Custody(StoredCheckpoint checkpoint, List<ProvenEntry> entries) {}

    public long size() {
        return query(c -> log.head(c).size());
    }

    public Optional<StoredCheckpoint> latestCheckpoint() {
        return query(checkpoints::latest);
    }

    public Optional<StoredCheckpoint> checkpoint(long size) {
        return query(c -> checkpoints.bySize(c, size));
    }

    public Optional<byte[]> timestamp(long size) {
        return query(c -> checkpoints.timestamp(c, size));
    }

    public Optional<StoredEntry> entry(long index) {
        return query(c -> log.entry(c, index));
    }

    public List<StoredEntry> entries(long start, long end) {
        return query(c -> log.entries(c, start, end));
    }

    /** Every entry about {@code subject}, in log order. */
    public List<StoredEntry> entriesAbout(String subject) {
        return query(c -> log.entriesAbout(c, subject));
    }

    /** The smallest checkpoint whose tree contains entry {@code index}, if one was signed yet. */
    public Optional<StoredCheckpoint> firstCheckpointCovering(long index) {
        return query(c -> checkpoints.firstCovering(c, index));
    }

    public InclusionProof inclusion(long index, long size) {
        return query(c -> {
            long logSize = log.head(c).size();
            if (size < 1 || size > logSize || index < 0 || index >= size) {
                throw new InvalidProofRequestException("need 0 <= index < size <= " + logSize);
            }
            return new InclusionProof(
                    index, size, proofs.leafHash(c, index), proofs.root(c, size), proofs.inclusion(c, index, size));
        });
    }

    public ConsistencyProof consistency(long size1, long size2) {
        return query(c -> {
            long logSize = log.head(c).size();
            if (size1 < 0 || size1 > size2 || size2 > logSize) {
                throw new InvalidProofRequestException("need 0 <= first <= second <= " + logSize);
            }
            return new ConsistencyProof(
                    size1, size2, proofs.root(c, size1), proofs.root(c, size2), proofs.consistency(c, size1, size2));
        });
    }

    /** Every stored timestamp reply over checkpoint {@code size}, oldest first. */
    public List<byte[]> timestamps(long size) {
        return query(c -> checkpoints.timestamps(c, size));
    }

    /** The smallest timestamped checkpoint that contains entry {@code index}. */
    public Optional<StoredCheckpoint> firstTimestampedCovering(long index) {
        return query(c -> checkpoints.firstTimestampedCovering(c, index));
    }

    /**
     * Every entry about any of {@code subjects} that checkpoint {@code anchor} contains, in log
     * order, each proven against it.
     */
    public Custody custodyAt(List<String> subjects, StoredCheckpoint anchor) {
        return query(c -> new Custody(anchor, proven(c, subjects, anchor, false)));
    }

    /**
     * Every entry about any of {@code subjects}, in log order, each proven against the latest
     * checkpoint; entries it does not cover yet come without a proof.
     */
    public Custody custody(List<String> subjects) {
        return query(c -> {
            StoredCheckpoint latest = checkpoints.latest(c).orElse(null);
            return new Custody(latest, proven(c, subjects, latest, true));
        });
    }

    private List<ProvenEntry> proven(Connection c, List<String> subjects, StoredCheckpoint anchor, boolean uncovered)
            throws SQLException {
        List<StoredEntry> all = new ArrayList<>();
        for (String s : subjects) {
            all.addAll(log.entriesAbout(c, s));
        }
        all.sort((a, b) -> Long.compare(a.index(), b.index()));
        List<ProvenEntry> out = new ArrayList<>();
        for (StoredEntry e : all) {
            boolean covered = anchor != null && e.index() < anchor.size();
            if (covered) {
                out.add(new ProvenEntry(
                        e,
                        new InclusionProof(
                                e.index(),
                                anchor.size(),
                                e.leafHash(),
                                anchor.rootHash(),
                                proofs.inclusion(c, e.index(), anchor.size()))));
            } else if (uncovered) {
                out.add(new ProvenEntry(e, null));
            }
        }
        return out;
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Query<T> q) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                return q.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new LogUnavailableException(e);
        }
    }
}
