package org.jeli.provenance.merkle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hash of one complete subtree, as stored. The hash is copied in and out.
 *
 * @param id which subtree
 * @param hash its {@value MerkleHash#HASH_LENGTH}-byte hash
 */
public record NodeHash(NodeId id, byte[] hash) {
    public NodeHash {
        if (id == null) {
            throw new IllegalArgumentException("node id is missing");
        }
        MerkleHash.requireHash(hash, "node hash");
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeHash other && other.id.equals(id) && MessageDigest.isEqual(other.hash, hash);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "NodeHash[level=" + id.level() + ", index=" + id.index() + ", hash="
                + HexFormat.of().formatHex(hash) + "]";
    }
}
