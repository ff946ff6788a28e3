package org.jeli.provenance.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends leaves to a stored tree. A tree of n leaves is summarised by its compact range: the
 * complete subtrees of its left-to-right decomposition, one per set bit of n. Appending k leaves
 * reads those (at most log2(n) nodes), then every leaf and every subtree the appends complete is new
 * and must be stored: k leaves plus at most k + log2(n) interior nodes, each computed once.
 */
public final class CompactRange {
    private CompactRange() {}

    /** The nodes {@link #nodesToStore} reads for a tree of this size: its compact range. */
    public static List<NodeId> nodesForAppend(long oldSize) {
        return MerkleTree.nodesForRoot(oldSize);
    }

    /**
     * Every node to store when {@code newLeafHashes} are appended to a tree of {@code oldSize}
     * leaves: the new leaves at level 0 and each complete subtree they finish, in the order they are
     * completed (so each level receives its nodes in increasing index order).
     *
     * @param existing reads the compact range of the current tree (not consulted when oldSize is 0)
     * @param oldSize leaves already in the tree
     * @param newLeafHashes leaf hashes ({@link MerkleHash#leafHash}) of the appended entries, in order
     */
    public static List<NodeHash> nodesToStore(NodeReader existing, long oldSize, List<byte[]> newLeafHashes) {
        if (existing == null) {
            throw new IllegalArgumentException("node reader is missing");
        }
        if (oldSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        if (newLeafHashes == null) {
            throw new IllegalArgumentException("new leaf hashes are missing");
        }
        if (newLeafHashes.size() > Long.MAX_VALUE - oldSize) {
            throw new IllegalArgumentException("tree size would overflow");
        }
        for (byte[] leaf : newLeafHashes) {
            MerkleHash.requireHash(leaf, "leaf hash");
        }
        List<NodeHash> toStore = new ArrayList<>(2 * newLeafHashes.size() + Long.SIZE);
        if (newLeafHashes.isEmpty()) {
            return toStore;
        }
        List<NodeHash> frontier = frontier(existing, oldSize);
        long nextIndex = oldSize;
        for (byte[] leaf : newLeafHashes) {
            NodeHash node = new NodeHash(new NodeId(0, nextIndex++), leaf);
            toStore.add(node);
            while (!frontier.isEmpty()
                    && last(frontier).id().level() == node.id().level()) {
                NodeHash left = frontier.remove(frontier.size() - 1);
                NodeId parent = new NodeId(node.id().level() + 1, node.id().index() >> 1);
                node = new NodeHash(parent, MerkleHash.nodeHash(left.hash(), node.hash()));
                toStore.add(node);
            }
            frontier.add(node);
        }
        return toStore;
    }

    private static List<NodeHash> frontier(NodeReader existing, long size) {
        List<NodeId> ids = nodesForAppend(size);
        Map<NodeId, byte[]> stored = NodeFetch.fetch(existing, ids);
        List<NodeHash> frontier = new ArrayList<>(Long.SIZE);
        for (NodeId id : ids) {
            frontier.add(new NodeHash(id, stored.get(id)));
        }
        return frontier;
    }

    private static NodeHash last(List<NodeHash> nodes) {
        return nodes.get(nodes.size() - 1);
    }
}
