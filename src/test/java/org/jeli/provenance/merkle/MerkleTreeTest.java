package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    private final List<byte[]> entries = Entries.numbered(10);
    private final InMemoryNodes nodes = InMemoryNodes.ofEntries(entries);

    @Test
    void theEmptyTreeHasTheEmptyRootAndReadsNothing() {
        CountingReader reader = new CountingReader(nodes);
        assertThat(MerkleTree.root(reader, 0)).isEqualTo(MerkleHash.emptyRoot());
        assertThat(reader.reads()).isEmpty();
    }

    @Test
    void aSingleLeafTreeHasTheLeafAsRootAndAnEmptyInclusionProof() {
        assertThat(MerkleTree.root(nodes, 1)).isEqualTo(MerkleHash.leafHash(entries.get(0)));
        assertThat(MerkleTree.inclusionProof(nodes, 0, 1)).isEmpty();
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> MerkleTree.root(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.root(nodes, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionProof(nodes, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionProof(nodes, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionProof(nodes, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyProof(nodes, 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyProof(nodes, -1, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyProof(null, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.nodesForInclusion(3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTreeLargerThanWhatIsStoredFailsAsMissingNode() {
        assertThatThrownBy(() -> MerkleTree.root(nodes, 11))
                .isInstanceOf(MissingNodeException.class)
                .hasMessageContaining("level 0 index 10");
        assertThatThrownBy(() -> MerkleTree.inclusionProof(nodes, 3, 16)).isInstanceOf(MissingNodeException.class);
    }

    @Test
    void aDamagedOrAbsentStoredNodeFailsAsMissingNode() {
        NodeReader damaged = (level, index) -> new byte[31];
        assertThatThrownBy(() -> MerkleTree.root(damaged, 4))
                .isInstanceOf(MissingNodeException.class)
                .hasMessageContaining("31 bytes");
        NodeReader absent = (level, index) -> null;
        assertThatThrownBy(() -> MerkleTree.root(absent, 4))
                .isInstanceOf(MissingNodeException.class)
                .hasMessageContaining("not stored");
        NodeBatchReader incomplete = new NodeBatchReader() {
            @Override
            public byte[] subtreeHash(int level, long index) {
                return nodes.subtreeHash(level, index);
            }

            @Override
            public Map<NodeId, byte[]> subtreeHashes(Collection<NodeId> ids) {
                return new HashMap<>();
            }
        };
        assertThatThrownBy(() -> MerkleTree.consistencyProof(incomplete, 3, 7))
                .isInstanceOf(MissingNodeException.class);
    }

    @Test
    void returnedHashesAreTheCallersOwnCopies() {
        byte[] root = MerkleTree.root(nodes, 1);
        root[0] ^= 1;
        assertThat(MerkleTree.root(nodes, 1)).isEqualTo(MerkleHash.leafHash(entries.get(0)));
        List<byte[]> proof = MerkleTree.inclusionProof(nodes, 0, 2);
        proof.get(0)[0] ^= 1;
        assertThat(nodes.subtreeHash(0, 1)).isEqualTo(MerkleHash.leafHash(entries.get(1)));
        assertThatThrownBy(() -> proof.add(root)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theTreeSizeIsBoundByTheSignedCheckpointNotByTheProof() {
        // RFC 9162 proofs for different sizes can share a shape: PATH(0, D[3]) also verifies as a proof
        // for size 4 against the size-3 root. Size and root must come together from a checkpoint.
        byte[] root3 = MerkleTree.root(nodes, 3);
        List<byte[]> proof = MerkleTree.inclusionProof(nodes, 0, 3);
        byte[] leaf = MerkleHash.leafHash(entries.get(0));
        assertThat(ProofVerifier.verifyInclusion(leaf, 0, 4, proof, root3).valid())
                .isTrue();
        assertThat(ProofVerifier.verifyInclusion(leaf, 0, 4, proof, MerkleTree.root(nodes, 4))
                        .failure())
                .isEqualTo(ProofFailure.ROOT_MISMATCH);
    }
}
