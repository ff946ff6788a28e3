package org.jeli.provenance.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jeli.provenance.AppendedEntry;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.provenance.merkle.CompactRange;
import org.jeli.provenance.merkle.MerkleHash;
import org.jeli.provenance.merkle.NodeHash;
import org.jeli.provenance.merkle.NodeReader;

/** Entries encoded on a given head, with the subtree hashes they complete, ready to write in one call. */
record Batch(
        List<AppendedEntry> appended,
        Long[] indices,
        byte[][] leafHashes,
        byte[][] entries,
        String[] kinds,
        String[] subjects,
        Instant time,
        List<NodeHash> nodes,
        long newSize,
        byte[] lastLeaf) {

    static Batch build(List<EntryDraft> drafts, JdbcLogStore.Head head, Instant time, NodeReader peaks) {
        int n = drafts.size();
        Long[] indices = new Long[n];
        byte[][] leafHashes = new byte[n][];
        byte[][] entries = new byte[n][];
        String[] kinds = new String[n];
        String[] subjects = new String[n];
        List<byte[]> leaves = new ArrayList<>(n);
        List<AppendedEntry> appended = new ArrayList<>(n);
        byte[] previous = head.lastLeafHash();
        for (int i = 0; i < n; i++) {
            EntryDraft d = drafts.get(i);
            byte[] bytes = EntryCodec.encode(
                    new LogEntry(EntryCodec.VERSION, d.kind(), time, d.actor(), d.subject(), d.payload(), previous));
            byte[] leaf = MerkleHash.leafHash(bytes);
            indices[i] = head.size() + i;
            leafHashes[i] = leaf;
            entries[i] = bytes;
            kinds[i] = d.kind();
            subjects[i] = d.subject();
            leaves.add(leaf);
            appended.add(new AppendedEntry(head.size() + i, leaf));
            previous = leaf;
        }
        List<NodeHash> nodes = CompactRange.nodesToStore(peaks, head.size(), leaves);
        return new Batch(
                appended, indices, leafHashes, entries, kinds, subjects, time, nodes, head.size() + n, previous);
    }

    /**
     * Writes with {@code sql}; with an expected head the function first checks it and answers
     * whether it wrote. Returns true when written.
     */
    boolean write(Connection c, String sql, JdbcLogStore.Head expected) throws SQLException {
        Short[] levels = new Short[nodes.size()];
        Long[] nodeIndices = new Long[nodes.size()];
        byte[][] hashes = new byte[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            levels[i] = (short) nodes.get(i).id().level();
            nodeIndices[i] = nodes.get(i).id().index();
            hashes[i] = nodes.get(i).hash();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            if (expected != null) {
                ps.setLong(p++, expected.size());
                ps.setBytes(p++, expected.lastLeafHash());
            }
            ps.setArray(p++, c.createArrayOf("bigint", indices));
            ps.setArray(p++, c.createArrayOf("bytea", leafHashes));
            ps.setArray(p++, c.createArrayOf("bytea", entries));
            ps.setArray(p++, c.createArrayOf("text", kinds));
            ps.setArray(p++, c.createArrayOf("text", subjects));
            ps.setTimestamp(p++, Timestamp.from(time));
            ps.setArray(p++, c.createArrayOf("smallint", levels));
            ps.setArray(p++, c.createArrayOf("bigint", nodeIndices));
            ps.setArray(p, c.createArrayOf("bytea", hashes));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return expected == null || rs.getBoolean(1);
            }
        }
    }
}
