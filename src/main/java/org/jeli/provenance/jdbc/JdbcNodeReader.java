package org.jeli.provenance.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jeli.provenance.merkle.NodeId;
import org.jeli.provenance.merkle.NodeReader;

/**
 * Reads stored subtree hashes for one computation on one connection. {@link #prefetch} loads every
 * node a root or proof needs in one query, so a proof costs one round trip.
 */
final class JdbcNodeReader implements NodeReader {
    private final Connection connection;
    private final Map<NodeId, byte[]> cache = new HashMap<>();

    JdbcNodeReader(Connection connection) {
        this.connection = connection;
    }

    JdbcNodeReader prefetch(Collection<NodeId> ids) throws SQLException {
        if (ids.isEmpty()) {
            return this;
        }
        Short[] levels = new Short[ids.size()];
        Long[] indices = new Long[ids.size()];
        int i = 0;
        for (NodeId id : ids) {
            levels[i] = (short) id.level();
            indices[i] = id.index();
            i++;
        }
        Array l = connection.createArrayOf("smallint", levels);
        Array x = connection.createArrayOf("bigint", indices);
        try (PreparedStatement ps = connection.prepareStatement("select n.level, n.idx, n.hash from log_nodes n"
                + " join unnest(?::smallint[], ?::bigint[]) as k(l, i) on n.level = k.l and n.idx = k.i")) {
            ps.setArray(1, l);
            ps.setArray(2, x);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cache.put(new NodeId(rs.getShort(1), rs.getLong(2)), rs.getBytes(3));
                }
            }
        }
        return this;
    }

    /** Makes nodes written in this transaction visible to later computations in it. */
    void remember(NodeId id, byte[] hash) {
        cache.put(id, hash);
    }

    @Override
    public byte[] subtreeHash(int level, long index) {
        NodeId id = new NodeId(level, index);
        byte[] cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement ps =
                connection.prepareStatement("select hash from log_nodes where level = ? and idx = ?")) {
            ps.setShort(1, (short) level);
            ps.setLong(2, index);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("log node " + level + "/" + index + " is missing");
                }
                byte[] hash = rs.getBytes(1);
                cache.put(id, hash);
                return hash;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a log node failed", e);
        }
    }
}
