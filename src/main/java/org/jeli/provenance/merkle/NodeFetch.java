package org.jeli.provenance.merkle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a known set of nodes: one batch call when the reader supports it, else one read each. */
final class NodeFetch {
    private NodeFetch() {}

    static Map<NodeId, byte[]> fetch(NodeReader reader, List<NodeId> ids) {
        Map<NodeId, byte[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        if (reader instanceof NodeBatchReader batch) {
            Map<NodeId, byte[]> answer = batch.subtreeHashes(ids);
            if (answer == null) {
                throw new IllegalStateException("node reader returned no answer");
            }
            for (NodeId id : ids) {
                found.put(id, checked(id, answer.get(id)));
            }
        } else {
            for (NodeId id : ids) {
                found.put(id, checked(id, reader.subtreeHash(id.level(), id.index())));
            }
        }
        return found;
    }

    private static byte[] checked(NodeId id, byte[] hash) {
        if (hash == null) {
            throw new MissingNodeException(id, "is not stored");
        }
        if (hash.length != MerkleHash.HASH_LENGTH) {
            throw new MissingNodeException(id, "is stored with " + hash.length + " bytes");
        }
        return hash.clone();
    }
}
