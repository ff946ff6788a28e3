package org.jeli.provenance.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jeli.provenance.merkle.CompactRange;
import org.jeli.provenance.merkle.NodeHash;
import org.jeli.provenance.merkle.NodeId;

/**
 * Remembers the roots of the perfect subtrees at the right edge of the log after this instance's
 * last append, keyed by the log's size and last leaf hash. When the next append finds the log in
 * exactly that state it needs no node reads; otherwise (another instance appended, or the last
 * transaction rolled back) it reads them. A wrong cache can therefore never be used.
 */
final class PeakCache {
    private long size = -1;
    private byte[] lastLeaf = new byte[0];
    private Map<NodeId, byte[]> peaks = Map.of();

    /** The head this instance left after its last append, if it knows it. */
    synchronized Optional<JdbcLogStore.Head> knownHead() {
        return size < 0 ? Optional.empty() : Optional.of(new JdbcLogStore.Head(size, lastLeaf.clone()));
    }

    synchronized JdbcNodeReader readerFor(Connection c, JdbcLogStore.Head head) throws SQLException {
        JdbcNodeReader reader = new JdbcNodeReader(c);
        if (head.size() == size && Arrays.equals(head.lastLeafHash(), lastLeaf)) {
            peaks.forEach(reader::remember);
            return reader;
        }
        return reader.prefetch(CompactRange.nodesForAppend(head.size()));
    }

    /** Records the peaks of the new size from the nodes just written (and the previous peaks). */
    synchronized void remember(long newSize, byte[] newLastLeaf, List<NodeHash> written) {
        Map<NodeId, byte[]> known = new HashMap<>(peaks);
        for (NodeHash n : written) {
            known.put(n.id(), n.hash());
        }
        Map<NodeId, byte[]> next = new HashMap<>();
        for (NodeId id : CompactRange.nodesForAppend(newSize)) {
            byte[] h = known.get(id);
            if (h == null) {
                size = -1; // incomplete: read from the database next time
                peaks = Map.of();
                return;
            }
            next.put(id, h);
        }
        size = newSize;
        lastLeaf = newLastLeaf.clone();
        peaks = next;
    }
}
