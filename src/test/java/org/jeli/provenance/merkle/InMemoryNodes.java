package org.jeli.provenance.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only node store in memory, filled only through {@link CompactRange}: one packed byte
 * array per level (about 64 bytes per leaf in all). Refuses to store a node twice or out of order,
 * which checks that CompactRange emits each node exactly once, level by level, left to right.
 */
final class InMemoryNodes implements NodeBatchReader {
    private static final int L = MerkleHash.HASH_LENGTH;

    private final List<byte[]> levels = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();
    private long size;

    static InMemoryNodes ofLeafHashes(List<byte[]> leafHashes) {
        InMemoryNodes nodes = new InMemoryNodes();
        nodes.append(leafHashes);
        return nodes;
    }

    static InMemoryNodes ofEntries(List<byte[]> entries) {
        return ofLeafHashes(entries.stream().map(MerkleHash::leafHash).toList());
    }

    /** Appends through {@link CompactRange#nodesToStore} and stores what it returns. */
    List<NodeHash> append(List<byte[]> leafHashes) {
        List<NodeHash> toStore = CompactRange.nodesToStore(this, size, leafHashes);
        for (NodeHash node : toStore) {
            put(node);
        }
        size += leafHashes.size();
        return toStore;
    }

    long size() {
        return size;
    }

    /** Every stored node, level by level, left to right. */
    List<NodeHash> allNodes() {
        List<NodeHash> all = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            for (long index = 0; index < counts.get(level); index++) {
                all.add(new NodeHash(new NodeId(level, index), subtreeHash(level, index)));
            }
        }
        return all;
    }

    @Override
    public byte[] subtreeHash(int level, long index) {
        if (level < 0 || level >= levels.size() || index < 0 || index >= counts.get(level)) {
            throw new MissingNodeException(new NodeId(level, index), "is not stored");
        }
        int offset = Math.toIntExact(index * L);
        return Arrays.copyOfRange(levels.get(level), offset, offset + L);
    }

    @Override
    public Map<NodeId, byte[]> subtreeHashes(Collection<NodeId> ids) {
        Map<NodeId, byte[]> found = new HashMap<>();
        for (NodeId id : ids) {
            found.put(id, subtreeHash(id.level(), id.index()));
        }
        return found;
    }

    private void put(NodeHash node) {
        int level = node.id().level();
        if (level > levels.size()) {
            throw new IllegalStateException("node stored before its children: " + node.id());
        }
        if (level == levels.size()) {
            levels.add(new byte[16 * L]);
            counts.add(0L);
        }
        long count = counts.get(level);
        if (node.id().index() != count) {
            throw new IllegalStateException("node stored out of order or twice: " + node.id());
        }
        byte[] packed = levels.get(level);
        if ((count + 1) * L > packed.length) {
            packed = Arrays.copyOf(packed, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, 2L * packed.length)));
            levels.set(level, packed);
        }
        System.arraycopy(node.hash(), 0, packed, Math.toIntExact(count * L), L);
        counts.set(level, count + 1);
    }
}
