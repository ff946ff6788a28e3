package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input of any shape is a failed result with a reason, never an exception. */
class ProofVerifierInputTest {
    private final List<byte[]> entries = Entries.numbered(8);
    private final ReferenceTree reference = new ReferenceTree(entries);
    private final InMemoryNodes nodes = InMemoryNodes.ofEntries(entries);
    private final byte[] leaf = MerkleHash.leafHash(entries.get(5));
    private final byte[] root = reference.root(8);
    private final List<byte[]> proof = MerkleTree.inclusionProof(nodes, 5, 8);

    @Test
    void inclusionWithoutAProofFails() {
        assertThat(ProofVerifier.verifyInclusion(leaf, 5, 8, null, root))
                .isEqualTo(VerificationResult.fail(ProofFailure.MISSING_PROOF, "a list of hashes", "null"));
    }

    @Test
    void inclusionOfALeafOutsideTheTreeFails() {
        assertThat(ProofVerifier.verifyInclusion(leaf, 8, 8, proof, root))
                .isEqualTo(VerificationResult.fail(ProofFailure.INDEX_OUT_OF_RANGE, "0 <= leaf index < 8", "8"));
        assertThat(ProofVerifier.verifyInclusion(leaf, -1, 8, proof, root).failure())
                .isEqualTo(ProofFailure.INDEX_OUT_OF_RANGE);
        assertThat(ProofVerifier.verifyInclusion(leaf, 0, 0, List.of(), MerkleHash.emptyRoot())
                        .failure())
                .isEqualTo(ProofFailure.INDEX_OUT_OF_RANGE);
        assertThat(ProofVerifier.verifyInclusion(leaf, 0, -8, proof, root).failure())
                .isEqualTo(ProofFailure.INVALID_SIZE);
    }

    @Test
    void inclusionWithAMissingOrWrongLengthHashFailsNamingIt() {
        assertThat(ProofVerifier.verifyInclusion(null, 5, 8, proof, root))
                .isEqualTo(VerificationResult.fail(ProofFailure.MALFORMED_HASH, "32 bytes", "leaf hash: null"));
        assertThat(ProofVerifier.verifyInclusion(leaf, 5, 8, proof, new byte[33]))
                .isEqualTo(VerificationResult.fail(ProofFailure.MALFORMED_HASH, "32 bytes", "root: 33 bytes"));
        List<byte[]> withNull = new ArrayList<>(proof);
        withNull.set(1, null);
        assertThat(ProofVerifier.verifyInclusion(leaf, 5, 8, withNull, root))
                .isEqualTo(VerificationResult.fail(ProofFailure.MALFORMED_HASH, "32 bytes", "proof[1]: null"));
        List<byte[]> withShort = new ArrayList<>(proof);
        withShort.set(2, Arrays.copyOf(proof.get(2), 31));
        assertThat(ProofVerifier.verifyInclusion(leaf, 5, 8, withShort, root))
                .isEqualTo(VerificationResult.fail(ProofFailure.MALFORMED_HASH, "32 bytes", "proof[2]: 31 bytes"));
    }

    @Test
    void inclusionWithTooManyOrTooFewHashesFailsWithBothCounts() {
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(root);
        assertThat(ProofVerifier.verifyInclusion(leaf, 5, 8, longer, root))
                .isEqualTo(VerificationResult.fail(ProofFailure.WRONG_PROOF_LENGTH, "3 hashes", "4 hashes"));
        assertThat(ProofVerifier.verifyInclusion(leaf, 5, 8, List.of(), root))
                .isEqualTo(VerificationResult.fail(ProofFailure.WRONG_PROOF_LENGTH, "3 hashes", "0 hashes"));
    }

    @Test
    void rootMismatchReportsExpectedAndComputedRootInHex() {
        byte[] otherLeaf = MerkleHash.leafHash(entries.get(4));
        VerificationResult result = ProofVerifier.verifyInclusion(otherLeaf, 5, 8, proof, root);
        assertThat(result.failure()).isEqualTo(ProofFailure.ROOT_MISMATCH);
        assertThat(result.expected()).isEqualTo(Entries.hex(root));
        assertThat(result.actual()).hasSize(64).isNotEqualTo(result.expected());
        assertThat(result.message()).startsWith("ROOT_MISMATCH: expected " + Entries.hex(root) + ", got ");
    }

    @Test
    void consistencyWithoutAProofOrWithBadSizesFails() {
        byte[] root4 = reference.root(4);
        assertThat(ProofVerifier.verifyConsistency(4, 8, root4, root, null).failure())
                .isEqualTo(ProofFailure.MISSING_PROOF);
        assertThat(ProofVerifier.verifyConsistency(8, 4, root, root4, List.of()))
                .isEqualTo(VerificationResult.fail(ProofFailure.SIZE_ORDER, "size1 <= 4", "8"));
        assertThat(ProofVerifier.verifyConsistency(-1, 4, root, root4, List.of())
                        .failure())
                .isEqualTo(ProofFailure.INVALID_SIZE);
        assertThat(ProofVerifier.verifyConsistency(4, -1, root, root4, List.of())
                        .failure())
                .isEqualTo(ProofFailure.INVALID_SIZE);
    }

    @Test
    void consistencyWithAMissingOrWrongLengthHashFailsNamingIt() {
        byte[] root6 = reference.root(6);
        List<byte[]> consistency = MerkleTree.consistencyProof(nodes, 6, 8);
        assertThat(ProofVerifier.verifyConsistency(6, 8, null, root, consistency))
                .isEqualTo(VerificationResult.fail(ProofFailure.MALFORMED_HASH, "32 bytes", "root1: null"));
        assertThat(ProofVerifier.verifyConsistency(6, 8, root6, new byte[0], consistency))
                .isEqualTo(VerificationResult.fail(ProofFailure.MALFORMED_HASH, "32 bytes", "root2: 0 bytes"));
        List<byte[]> withNull = new ArrayList<>(consistency);
        withNull.set(0, null);
        assertThat(ProofVerifier.verifyConsistency(6, 8, root6, root, withNull))
                .isEqualTo(VerificationResult.fail(ProofFailure.MALFORMED_HASH, "32 bytes", "proof[0]: null"));
    }

    @Test
    void consistencyBetweenDifferentSizesNeedsANonEmptyProof() {
        // RFC 9162 §2.1.4.2 step 1
        assertThat(ProofVerifier.verifyConsistency(4, 8, reference.root(4), root, List.of()))
                .isEqualTo(VerificationResult.fail(ProofFailure.WRONG_PROOF_LENGTH, "1 hashes", "0 hashes"));
    }

    @Test
    void consistencyOfEqualSizesNeedsEqualRootsAndAnEmptyProof() {
        byte[] root7 = reference.root(7);
        assertThat(ProofVerifier.verifyConsistency(8, 8, root, root, List.of()).valid())
                .isTrue();
        assertThat(ProofVerifier.verifyConsistency(8, 8, root, root7, List.of()))
                .isEqualTo(VerificationResult.fail(
                        ProofFailure.SECOND_ROOT_MISMATCH, Entries.hex(root), Entries.hex(root7)));
        assertThat(ProofVerifier.verifyConsistency(8, 8, root, root, List.of(root7))
                        .failure())
                .isEqualTo(ProofFailure.WRONG_PROOF_LENGTH);
    }

    @Test
    void consistencyFromTheEmptyTreeNeedsTheEmptyRootAndAnEmptyProof() {
        byte[] empty = MerkleHash.emptyRoot();
        assertThat(ProofVerifier.verifyConsistency(0, 8, empty, root, List.of()).valid())
                .isTrue();
        assertThat(ProofVerifier.verifyConsistency(0, 0, empty, empty, List.of())
                        .valid())
                .isTrue();
        assertThat(ProofVerifier.verifyConsistency(0, 8, root, root, List.of()))
                .isEqualTo(VerificationResult.fail(
                        ProofFailure.FIRST_ROOT_MISMATCH, Entries.hex(empty), Entries.hex(root)));
        assertThat(ProofVerifier.verifyConsistency(0, 0, empty, root, List.of()).failure())
                .isEqualTo(ProofFailure.SECOND_ROOT_MISMATCH);
        assertThat(ProofVerifier.verifyConsistency(0, 8, empty, root, List.of(root))
                        .failure())
                .isEqualTo(ProofFailure.WRONG_PROOF_LENGTH);
    }

    @Test
    void extremeSizesFailWithoutThrowing() {
        long max = Long.MAX_VALUE;
        assertThat(ProofVerifier.verifyInclusion(leaf, max - 1, max, proof, root)
                        .failure())
                .isEqualTo(ProofFailure.WRONG_PROOF_LENGTH);
        assertThat(ProofVerifier.verifyConsistency(max - 1, max, root, root, proof)
                        .failure())
                .isEqualTo(ProofFailure.WRONG_PROOF_LENGTH);
        assertThat(ProofVerifier.verifyInclusion(leaf, Long.MIN_VALUE, max, proof, root)
                        .failure())
                .isEqualTo(ProofFailure.INDEX_OUT_OF_RANGE);
    }

    @Test
    void randomGarbageNeverThrowsAndNeverVerifies() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long size2 = randomSize(random);
            long size1 = randomSize(random);
            long index = randomSize(random);
            List<byte[]> garbage = garbageProof(random);
            byte[] hashA = garbageHash(random);
            byte[] hashB = garbageHash(random);
            assertThatCode(() -> {
                        assertThat(ProofVerifier.verifyInclusion(hashA, index, size2, garbage, hashB)
                                        .valid())
                                .isFalse();
                        assertThat(ProofVerifier.verifyConsistency(size1, size2, hashA, hashB, garbage)
                                        .valid())
                                .isFalse();
                    })
                    .doesNotThrowAnyException();
        }
    }

    private static long randomSize(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(20) - 2;
            case 1 -> random.nextLong();
            case 2 -> Long.MAX_VALUE - random.nextInt(3);
            default -> random.nextInt(1 << 20);
        };
    }

    private static List<byte[]> garbageProof(Random random) {
        List<byte[]> proof = new ArrayList<>();
        int length = random.nextInt(25);
        for (int i = 0; i < length; i++) {
            proof.add(garbageHash(random));
        }
        return proof;
    }

    private static byte[] garbageHash(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return null;
        }
        byte[] hash = new byte[kind == 1 ? random.nextInt(40) : 32];
        random.nextBytes(hash);
        return hash;
    }
}
