package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every root and every proof of every tree of up to 64 leaves, against the RFC 9162 reference. */
class MerkleTreeExhaustiveTest {
    private static final int MAX_SIZE = 64;

    private final List<byte[]> entries = Entries.numbered(MAX_SIZE);
    private final ReferenceTree reference = new ReferenceTree(entries);
    private final InMemoryNodes nodes = InMemoryNodes.ofEntries(entries);

    static IntStream sizesUpTo64() {
        return IntStream.rangeClosed(0, MAX_SIZE);
    }

    static IntStream nonEmptySizesUpTo64() {
        return IntStream.rangeClosed(1, MAX_SIZE);
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sizesUpTo64")
    void rootEqualsTheReferenceForEverySizeUpTo64(int size) {
        assertThat(Entries.hex(MerkleTree.root(nodes, size))).isEqualTo(Entries.hex(reference.root(size)));
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("nonEmptySizesUpTo64")
    void everyInclusionProofEqualsTheReferenceAndVerifiesForTreesUpTo64(int size) {
        byte[] root = reference.root(size);
        for (int index = 0; index < size; index++) {
            List<byte[]> proof = MerkleTree.inclusionProof(nodes, index, size);
            assertThat(Entries.hex(proof))
                    .as("PATH(%d, D[%d])", index, size)
                    .isEqualTo(Entries.hex(reference.path(index, size)));
            VerificationResult result =
                    ProofVerifier.verifyInclusion(MerkleHash.leafHash(entries.get(index)), index, size, proof, root);
            assertThat(result.valid())
                    .as("index %d: %s", index, result.message())
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("nonEmptySizesUpTo64")
    void everyConsistencyProofEqualsTheReferenceAndVerifiesForTreesUpTo64(int size2) {
        byte[] root2 = reference.root(size2);
        for (int size1 = 1; size1 <= size2; size1++) {
            List<byte[]> proof = MerkleTree.consistencyProof(nodes, size1, size2);
            assertThat(Entries.hex(proof))
                    .as("PROOF(%d, D[%d])", size1, size2)
                    .isEqualTo(Entries.hex(reference.proof(size1, size2)));
            VerificationResult result =
                    ProofVerifier.verifyConsistency(size1, size2, reference.root(size1), root2, proof);
            assertThat(result.valid())
                    .as("size1 %d: %s", size1, result.message())
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sizesUpTo64")
    void consistencyWithTheEmptyTreeIsAnEmptyProofThatVerifies(int size) {
        List<byte[]> proof = MerkleTree.consistencyProof(nodes, 0, size);
        assertThat(proof).isEmpty();
        VerificationResult result =
                ProofVerifier.verifyConsistency(0, size, MerkleHash.emptyRoot(), reference.root(size), proof);
        assertThat(result.valid()).as(result.message()).isTrue();
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sizesUpTo64")
    void prefetchListsNameExactlyTheNodesEachComputationReads(int size) {
        CountingReader reader = new CountingReader(nodes);
        MerkleTree.root(reader, size);
        assertThat(reader.reads()).isEqualTo(MerkleTree.nodesForRoot(size));
        for (int index = 0; index < size; index++) {
            CountingReader inclusion = new CountingReader(nodes);
            MerkleTree.inclusionProof(inclusion, index, size);
            assertThat(inclusion.reads()).isEqualTo(MerkleTree.nodesForInclusion(index, size));
        }
        for (int size1 = 0; size1 <= size; size1++) {
            CountingReader consistency = new CountingReader(nodes);
            MerkleTree.consistencyProof(consistency, size1, size);
            assertThat(consistency.reads()).isEqualTo(MerkleTree.nodesForConsistency(size1, size));
        }
    }
}
