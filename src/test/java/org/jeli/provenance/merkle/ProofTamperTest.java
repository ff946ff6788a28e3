package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any single change to a valid proof, its leaf, its root or its position makes it fail, with a reason. */
class ProofTamperTest {
    private static final int MAX_SIZE = 34;

    private final List<byte[]> entries = Entries.numbered(MAX_SIZE);
    private final ReferenceTree reference = new ReferenceTree(entries);
    private final InMemoryNodes nodes = InMemoryNodes.ofEntries(entries);

    static IntStream sampleSizes() {
        return IntStream.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 31, 32, 33);
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sampleSizes")
    void flippingAnyBitOfLeafProofOrRootFailsInclusionWithRootMismatch(int size) {
        byte[] root = reference.root(size);
        for (int index = 0; index < size; index++) {
            byte[] leaf = MerkleHash.leafHash(entries.get(index));
            List<byte[]> proof = MerkleTree.inclusionProof(nodes, index, size);
            for (int bit = 0; bit < 256; bit++) {
                assertInclusionFails(ProofFailure.ROOT_MISMATCH, flip(leaf, bit), index, size, proof, root);
                assertInclusionFails(ProofFailure.ROOT_MISMATCH, leaf, index, size, proof, flip(root, bit));
                for (int element = 0; element < proof.size(); element++) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(element, flip(proof.get(element), bit));
                    assertInclusionFails(ProofFailure.ROOT_MISMATCH, leaf, index, size, tampered, root);
                }
            }
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sampleSizes")
    void droppingOrAddingAProofHashFailsInclusionWithWrongProofLength(int size) {
        byte[] root = reference.root(size);
        for (int index = 0; index < size; index++) {
            byte[] leaf = MerkleHash.leafHash(entries.get(index));
            List<byte[]> proof = MerkleTree.inclusionProof(nodes, index, size);
            for (int position = 0; position <= proof.size(); position++) {
                assertInclusionFails(
                        ProofFailure.WRONG_PROOF_LENGTH, leaf, index, size, inserted(proof, position, root), root);
                if (position < proof.size()) {
                    assertInclusionFails(
                            ProofFailure.WRONG_PROOF_LENGTH, leaf, index, size, removed(proof, position), root);
                }
            }
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sampleSizes")
    void shiftingTheLeafIndexFailsInclusion(int size) {
        byte[] root = reference.root(size);
        for (int index = 0; index < size; index++) {
            byte[] leaf = MerkleHash.leafHash(entries.get(index));
            List<byte[]> proof = MerkleTree.inclusionProof(nodes, index, size);
            for (int shifted : new int[] {index - 1, index + 1}) {
                VerificationResult result = ProofVerifier.verifyInclusion(leaf, shifted, size, proof, root);
                assertThat(result.valid())
                        .as("index %d as %d of %d", index, shifted, size)
                        .isFalse();
                if (shifted < 0 || shifted >= size) {
                    assertThat(result.failure()).isEqualTo(ProofFailure.INDEX_OUT_OF_RANGE);
                } else {
                    assertThat(result.failure()).isIn(ProofFailure.WRONG_PROOF_LENGTH, ProofFailure.ROOT_MISMATCH);
                }
            }
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sampleSizes")
    void shiftingTheTreeSizeFailsInclusionAgainstThatSizesRoot(int size) {
        for (int index = 0; index < size; index++) {
            byte[] leaf = MerkleHash.leafHash(entries.get(index));
            List<byte[]> proof = MerkleTree.inclusionProof(nodes, index, size);
            for (int shifted : new int[] {size - 1, size + 1}) {
                byte[] shiftedRoot = reference.root(shifted);
                VerificationResult result = ProofVerifier.verifyInclusion(leaf, index, shifted, proof, shiftedRoot);
                assertThat(result.valid())
                        .as("index %d of %d as of %d", index, size, shifted)
                        .isFalse();
                if (index >= shifted) {
                    assertThat(result.failure()).isEqualTo(ProofFailure.INDEX_OUT_OF_RANGE);
                }
            }
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sampleSizes")
    void flippingAnyBitOfProofOrRootsFailsConsistency(int size2) {
        byte[] root2 = reference.root(size2);
        for (int size1 = 1; size1 < size2; size1++) {
            byte[] root1 = reference.root(size1);
            List<byte[]> proof = MerkleTree.consistencyProof(nodes, size1, size2);
            // When size1 is a power of two the proof starts from root1 itself, so damage shows in root2.
            ProofFailure firstDamaged =
                    Integer.bitCount(size1) == 1 ? ProofFailure.SECOND_ROOT_MISMATCH : ProofFailure.FIRST_ROOT_MISMATCH;
            for (int bit = 0; bit < 256; bit++) {
                assertConsistencyFails(firstDamaged, size1, size2, flip(root1, bit), root2, proof);
                assertConsistencyFails(ProofFailure.SECOND_ROOT_MISMATCH, size1, size2, root1, flip(root2, bit), proof);
                for (int element = 0; element < proof.size(); element++) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(element, flip(proof.get(element), bit));
                    VerificationResult result = ProofVerifier.verifyConsistency(size1, size2, root1, root2, tampered);
                    assertThat(result.failure())
                            .as("%d -> %d, proof[%d] bit %d", size1, size2, element, bit)
                            .isIn(ProofFailure.FIRST_ROOT_MISMATCH, ProofFailure.SECOND_ROOT_MISMATCH);
                }
            }
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sampleSizes")
    void droppingOrAddingAProofHashFailsConsistencyWithWrongProofLength(int size2) {
        byte[] root2 = reference.root(size2);
        for (int size1 = 1; size1 <= size2; size1++) {
            byte[] root1 = reference.root(size1);
            List<byte[]> proof = MerkleTree.consistencyProof(nodes, size1, size2);
            for (int position = 0; position <= proof.size(); position++) {
                assertConsistencyFails(
                        ProofFailure.WRONG_PROOF_LENGTH, size1, size2, root1, root2, inserted(proof, position, root1));
                if (position < proof.size()) {
                    assertConsistencyFails(
                            ProofFailure.WRONG_PROOF_LENGTH, size1, size2, root1, root2, removed(proof, position));
                }
            }
        }
    }

    @ParameterizedTest(name = "size {0}")
    @MethodSource("sampleSizes")
    void shiftingEitherSizeFailsConsistencyAgainstThoseSizesRoots(int size2) {
        for (int size1 = 1; size1 < size2; size1++) {
            List<byte[]> proof = MerkleTree.consistencyProof(nodes, size1, size2);
            int[][] shifts = {{size1 - 1, size2}, {size1 + 1, size2}, {size1, size2 - 1}, {size1, size2 + 1}};
            for (int[] shift : shifts) {
                VerificationResult result = ProofVerifier.verifyConsistency(
                        shift[0], shift[1], reference.root(shift[0]), reference.root(shift[1]), proof);
                assertThat(result.valid())
                        .as("%d -> %d as %d -> %d", size1, size2, shift[0], shift[1])
                        .isFalse();
                if (shift[0] == 0 || shift[0] == shift[1]) {
                    assertThat(result.failure()).isEqualTo(ProofFailure.WRONG_PROOF_LENGTH);
                }
            }
        }
    }

    private static void assertInclusionFails(
            ProofFailure expected, byte[] leaf, long index, long size, List<byte[]> proof, byte[] root) {
        VerificationResult result = ProofVerifier.verifyInclusion(leaf, index, size, proof, root);
        assertThat(result.failure())
                .as("index %d of %d: %s", index, size, result.message())
                .isEqualTo(expected);
    }

    private static void assertConsistencyFails(
            ProofFailure expected, long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        VerificationResult result = ProofVerifier.verifyConsistency(size1, size2, root1, root2, proof);
        assertThat(result.failure())
                .as("%d -> %d: %s", size1, size2, result.message())
                .isEqualTo(expected);
    }

    static byte[] flip(byte[] hash, int bit) {
        byte[] flipped = hash.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    private static List<byte[]> inserted(List<byte[]> proof, int position, byte[] extra) {
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(position, extra);
        return longer;
    }

    private static List<byte[]> removed(List<byte[]> proof, int position) {
        List<byte[]> shorter = new ArrayList<>(proof);
        shorter.remove(position);
        return shorter;
    }
}
