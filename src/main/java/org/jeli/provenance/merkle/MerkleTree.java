package org.jeli.provenance.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Roots and proofs of RFC 9162 §2.1 Merkle trees, computed from stored complete-subtree hashes. Each
 * call reads O(log n) nodes (at most about 2·log2(n)) and never touches the leaves as a whole; the
 * {@code nodesFor...} methods name exactly the nodes a call will read, so storage can prefetch them
 * in one query. Proofs are byte-for-byte RFC 9162 PATH and PROOF, so any RFC 9162 verifier accepts
 * them. Stateless; invalid arguments throw {@link IllegalArgumentException}, storage failures
 * whatever the {@link NodeReader} throws (typically {@link MissingNodeException}).
 */
public final class MerkleTree {
    private MerkleTree() {}

    /** MTH(D[0:size]); {@link MerkleHash#emptyRoot()} for size 0. */
    public static byte[] root(NodeReader reader, long size) {
        requireReader(reader);
        List<byte[]> hashes = hashes(reader, ProofPlan.root(size));
        return hashes.isEmpty() ? MerkleHash.emptyRoot() : hashes.get(0);
    }

    /** PATH(leafIndex, D[0:size]), RFC 9162 §2.1.3.1: sibling hashes from the leaf up. */
    public static List<byte[]> inclusionProof(NodeReader reader, long leafIndex, long size) {
        requireReader(reader);
        return hashes(reader, ProofPlan.inclusion(leafIndex, size));
    }

    /**
     * PROOF(size1, D[0:size2]), RFC 9162 §2.1.4.1. Empty when {@code size1 == size2} or {@code size1
     * == 0}, as {@link ProofVerifier#verifyConsistency} expects.
     */
    public static List<byte[]> consistencyProof(NodeReader reader, long size1, long size2) {
        requireReader(reader);
        return hashes(reader, ProofPlan.consistency(size1, size2));
    }

    /** The nodes {@link #root} reads for this size. */
    public static List<NodeId> nodesForRoot(long size) {
        return ProofPlan.nodes(ProofPlan.root(size));
    }

    /** The nodes {@link #inclusionProof} reads for this leaf and size. */
    public static List<NodeId> nodesForInclusion(long leafIndex, long size) {
        return ProofPlan.nodes(ProofPlan.inclusion(leafIndex, size));
    }

    /** The nodes {@link #consistencyProof} reads for these sizes. */
    public static List<NodeId> nodesForConsistency(long size1, long size2) {
        return ProofPlan.nodes(ProofPlan.consistency(size1, size2));
    }

    private static List<byte[]> hashes(NodeReader reader, List<LeafRange> ranges) {
        Map<NodeId, byte[]> stored = NodeFetch.fetch(reader, ProofPlan.nodes(ranges));
        List<byte[]> hashes = new ArrayList<>(ranges.size());
        for (LeafRange range : ranges) {
            hashes.add(range.hash(stored));
        }
        return List.copyOf(hashes);
    }

    private static void requireReader(NodeReader reader) {
        if (reader == null) {
            throw new IllegalArgumentException("node reader is missing");
        }
    }
}
