package org.jeli.provenance.merkle;

import java.util.Collection;
import java.util.Map;

/**
 * A {@link NodeReader} that can fetch many nodes in one round trip. {@link MerkleTree} and {@link
 * CompactRange} detect it and ask for all the nodes one computation needs in a single call; the
 * same set is available beforehand from {@link MerkleTree#nodesForRoot}, {@link
 * MerkleTree#nodesForInclusion}, {@link MerkleTree#nodesForConsistency} and {@link
 * CompactRange#nodesForAppend}.
 */
public interface NodeBatchReader extends NodeReader {
    /**
     * The stored hashes of the given subtrees. Entries missing from the returned map are treated as
     * absent nodes ({@link MissingNodeException}).
     */
    Map<NodeId, byte[]> subtreeHashes(Collection<NodeId> ids);
}
