package org.jeli.provenance.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jeli.provenance.merkle.MerkleTree;

/** Roots and proofs from the stored subtree hashes: one prefetch query each, O(log n) nodes. */
@ApplicationScoped
public class JdbcProofs {

    public byte[] root(Connection c, long size) throws SQLException {
        return MerkleTree.root(new JdbcNodeReader(c).prefetch(MerkleTree.nodesForRoot(size)), size);
    }

    public byte[] leafHash(Connection c, long index) throws SQLException {
        return new JdbcNodeReader(c).subtreeHash(0, index);
    }

    public List<byte[]> inclusion(Connection c, long index, long size) throws SQLException {
        return MerkleTree.inclusionProof(
                new JdbcNodeReader(c).prefetch(MerkleTree.nodesForInclusion(index, size)), index, size);
    }

    public List<byte[]> consistency(Connection c, long size1, long size2) throws SQLException {
        return MerkleTree.consistencyProof(
                new JdbcNodeReader(c).prefetch(MerkleTree.nodesForConsistency(size1, size2)), size1, size2);
    }
}
