package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Random proofs over a tree of 100,000 random entries appended in random batches, all checked
 * against the reference and the verifier. The seed is printed; rerun one with {@code
 * -Djeli.test.seed=<seed>}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RandomLargeTreeTest {
    private static final int SIZE = 100_000;
    private static final int SAMPLES = 200;

    private long seed;
    private List<byte[]> entries;
    private ReferenceTree reference;
    private InMemoryNodes nodes;

    @BeforeAll
    void buildTree() {
        seed = Long.getLong("jeli.test.seed", System.nanoTime());
        System.out.println("RandomLargeTreeTest seed " + seed + " (rerun with -Djeli.test.seed=" + seed + ")");
        Random random = new Random(seed);
        entries = Entries.random(random, SIZE);
        List<byte[]> leaves = Entries.leafHashes(entries);
        nodes = new InMemoryNodes();
        int from = 0;
        while (from < SIZE) {
            int to = Math.min(SIZE, from + 1 + random.nextInt(5_000));
            nodes.append(leaves.subList(from, to));
            from = to;
        }
        reference = new ReferenceTree(entries);
    }

    @Test
    void rootOfTheWholeTreeEqualsTheReference() {
        assertThat(Entries.hex(MerkleTree.root(nodes, SIZE)))
                .as("seed %d", seed)
                .isEqualTo(Entries.hex(reference.root(SIZE)));
    }

    @Test
    void randomInclusionProofsEqualTheReferenceAndVerify() {
        Random random = new Random(seed ^ 1);
        for (int i = 0; i < SAMPLES; i++) {
            int size = 1 + random.nextInt(SIZE);
            int index = i == 0 ? size - 1 : random.nextInt(size);
            List<byte[]> proof = MerkleTree.inclusionProof(nodes, index, size);
            assertThat(Entries.hex(proof))
                    .as("seed %d, PATH(%d, D[%d])", seed, index, size)
                    .isEqualTo(Entries.hex(reference.path(index, size)));
            VerificationResult result = ProofVerifier.verifyInclusion(
                    MerkleHash.leafHash(entries.get(index)), index, size, proof, MerkleTree.root(nodes, size));
            assertThat(result.valid()).as("seed %d: %s", seed, result.message()).isTrue();
        }
    }

    @Test
    void randomConsistencyProofsEqualTheReferenceAndVerify() {
        Random random = new Random(seed ^ 2);
        for (int i = 0; i < SAMPLES; i++) {
            int size2 = 1 + random.nextInt(SIZE);
            int size1 = 1 + random.nextInt(size2);
            List<byte[]> proof = MerkleTree.consistencyProof(nodes, size1, size2);
            assertThat(Entries.hex(proof))
                    .as("seed %d, PROOF(%d, D[%d])", seed, size1, size2)
                    .isEqualTo(Entries.hex(reference.proof(size1, size2)));
            byte[] root1 = MerkleTree.root(nodes, size1);
            assertThat(root1).isEqualTo(reference.root(size1));
            VerificationResult result =
                    ProofVerifier.verifyConsistency(size1, size2, root1, MerkleTree.root(nodes, size2), proof);
            assertThat(result.valid()).as("seed %d: %s", seed, result.message()).isTrue();
        }
    }
}
