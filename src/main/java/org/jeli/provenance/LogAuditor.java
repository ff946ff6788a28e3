package org.jeli.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.provenance.entry.MalformedEntryException;
import org.jeli.provenance.jdbc.JdbcCheckpoints;
import org.jeli.provenance.merkle.MerkleHash;

/**
 * Rebuilds the tree from the stored entries and checks everything the log promises: gapless
 * indices, every leaf hash, the hash chain, every stored subtree hash, and every checkpoint's root
 * and signature. Mismatches are data (with the exact index); a broken database is an exception.
 */
public final class LogAuditor {
    private static final HexFormat HEX = HexFormat.of();
    private static final int MAX_PROBLEMS = 100;

    private final DataSource dataSource;
    private final JdbcCheckpoints checkpoints;
    private final CheckpointKeys keys;
    private final Clock clock;

    public LogAuditor(DataSource dataSource, JdbcCheckpoints checkpoints, CheckpointKeys keys, Clock clock) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.clock = clock;
    }

    public AuditReport audit() throws SQLException {
        Instant started = clock.instant();
        List<AuditProblem> problems = new ArrayList<>();
        long entries;
        int checked;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            List<StoredCheckpoint> cps = checkpoints.all(c);
            entries = checkEntries(c, cps, problems);
            checked = cps.size();
            for (StoredCheckpoint cp : cps) {
                if (cp.size() > entries) {
                    add(
                            problems,
                            new AuditProblem("CHECKPOINT_BEYOND_LOG", -1, cp.size(), null, String.valueOf(entries)));
                }
            }
            checkNodes(c, entries, problems);
            c.rollback();
        }
        return new AuditReport(started, clock.instant(), entries, checked, problems);
    }

    private long checkEntries(Connection c, List<StoredCheckpoint> cps, List<AuditProblem> problems)
            throws SQLException {
        RootAccumulator tree = new RootAccumulator();
        Iterator<StoredCheckpoint> next = cps.iterator();
        StoredCheckpoint pending = next.hasNext() ? next.next() : null;
        while (pending != null && pending.size() == 0) {
            checkCheckpoint(pending, tree.root(), problems);
            pending = next.hasNext() ? next.next() : null;
        }
        byte[] previousStored = new byte[32];
        long expected = 0;
        try (PreparedStatement ps = c.prepareStatement("select idx, leaf_hash, entry from log_entries order by idx")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long idx = rs.getLong(1);
                    byte[] storedLeaf = rs.getBytes(2);
                    byte[] bytes = rs.getBytes(3);
                    if (idx != expected) {
                        add(
                                problems,
                                new AuditProblem(
                                        "INDEX_GAP", expected, -1, String.valueOf(expected), String.valueOf(idx)));
                        expected = idx;
                    }
                    byte[] leaf = MerkleHash.leafHash(bytes);
                    if (!Arrays.equals(leaf, storedLeaf)) {
                        add(
                                problems,
                                new AuditProblem(
                                        "ENTRY_HASH_MISMATCH",
                                        idx,
                                        -1,
                                        HEX.formatHex(storedLeaf),
                                        HEX.formatHex(leaf)));
                    }
                    checkChain(idx, bytes, previousStored, problems);
                    previousStored = storedLeaf;
                    tree.add(leaf);
                    expected++;
                    while (pending != null && pending.size() == tree.size()) {
                        checkCheckpoint(pending, tree.root(), problems);
                        pending = next.hasNext() ? next.next() : null;
                    }
                }
            }
        }
        return expected;
    }

    private static void checkChain(long idx, byte[] bytes, byte[] previousLeaf, List<AuditProblem> problems) {
        try {
            LogEntry entry = EntryCodec.decode(bytes);
            if (!Arrays.equals(entry.previousLeafHash(), previousLeaf)) {
                add(
                        problems,
                        new AuditProblem(
                                "CHAIN_BROKEN",
                                idx,
                                -1,
                                HEX.formatHex(previousLeaf),
                                HEX.formatHex(entry.previousLeafHash())));
            }
        } catch (MalformedEntryException e) {
            add(problems, new AuditProblem("MALFORMED_ENTRY", idx, -1, null, e.getMessage()));
        }
    }

    private void checkCheckpoint(StoredCheckpoint cp, byte[] root, List<AuditProblem> problems) {
        if (!Arrays.equals(root, cp.rootHash())) {
            add(problems, new AuditProblem("ROOT_MISMATCH", -1, cp.size(), b64(root), b64(cp.rootHash())));
        }
        String expectedBody = new Checkpoint(keys.origin(), cp.size(), root).body();
        if (!keys.verifies(cp.note(), expectedBody)) {
            add(problems, new AuditProblem("BAD_SIGNATURE", -1, cp.size(), expectedBody, null));
        }
    }

    private static void checkNodes(Connection c, long entries, List<AuditProblem> problems) throws SQLException {
        String leaves = "select n.idx, n.hash from log_nodes n left join log_entries e on e.idx = n.idx"
                + " where n.level = 0 and (e.entry is null or n.hash <> sha256('\\x00'::bytea || e.entry))";
        try (PreparedStatement ps = c.prepareStatement(leaves);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                add(
                        problems,
                        new AuditProblem("NODE_MISMATCH", rs.getLong(1), -1, null, HEX.formatHex(rs.getBytes(2))));
            }
        }
        String inner = "select p.level, p.idx from log_nodes p left join log_nodes l on l.level = p.level - 1"
                + " and l.idx = 2 * p.idx left join log_nodes r on r.level = p.level - 1 and r.idx = 2 * p.idx + 1"
                + " where p.level > 0 and (l.hash is null or r.hash is null"
                + " or p.hash <> sha256('\\x01'::bytea || l.hash || r.hash))";
        try (PreparedStatement ps = c.prepareStatement(inner);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long first = rs.getLong(2) << rs.getShort(1);
                add(problems, new AuditProblem("NODE_MISMATCH", first, -1, "level " + rs.getShort(1), null));
            }
        }
        long expectedNodes = 0;
        for (int level = 0; level < 63 && (entries >> level) > 0; level++) {
            expectedNodes += entries >> level;
        }
        try (PreparedStatement ps = c.prepareStatement("select count(*) from log_nodes");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) != expectedNodes) {
                add(
                        problems,
                        new AuditProblem(
                                "NODE_MISSING", -1, -1, String.valueOf(expectedNodes), String.valueOf(rs.getLong(1))));
            }
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static void add(List<AuditProblem> problems, AuditProblem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }
}
