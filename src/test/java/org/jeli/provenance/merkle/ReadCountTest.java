package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Roots and proofs over a million leaves read O(log n) stored nodes, and a batch reader is asked once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCountTest {
    private static final int SIZE = 1_000_000;
    private static final int LOG2_CEIL = 64 - Long.numberOfLeadingZeros(SIZE - 1); // 20
    private static final int MAX_READS = 2 * LOG2_CEIL + 2;

    private final Random random = new Random(1_000_000);
    private InMemoryNodes nodes;

    @BeforeAll
    void buildAMillionLeafTree() {
        nodes = new InMemoryNodes();
        for (int from = 0; from < SIZE; from += 65_536) {
            List<byte[]> batch = new ArrayList<>();
            for (int i = from; i < Math.min(SIZE, from + 65_536); i++) {
                byte[] leaf = new byte[MerkleHash.HASH_LENGTH];
                random.nextBytes(leaf);
                batch.add(leaf);
            }
            nodes.append(batch);
        }
        assertThat(nodes.size()).isEqualTo(SIZE);
    }

    @Test
    void rootReadsOneNodePerSetBitOfTheSize() {
        for (long size : new long[] {SIZE, SIZE - 1, 1 << 19, (1 << 19) + 1, (1 << 19) - 1}) {
            CountingReader reader = new CountingReader(nodes);
            MerkleTree.root(reader, size);
            assertThat(reader.reads()).hasSize(Long.bitCount(size)).hasSizeLessThanOrEqualTo(LOG2_CEIL);
        }
    }

    @Test
    void inclusionProofsReadAtMostTwiceLog2NNodes() {
        byte[] root = MerkleTree.root(nodes, SIZE);
        int most = 0;
        for (int i = 0; i < 300; i++) {
            long index = i < 3 ? new long[] {0, SIZE - 1, SIZE / 2}[i] : random.nextInt(SIZE);
            CountingReader reader = new CountingReader(nodes);
            List<byte[]> proof = MerkleTree.inclusionProof(reader, index, SIZE);
            assertThat(reader.reads()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(MAX_READS);
            most = Math.max(most, reader.reads().size());
            byte[] leaf = nodes.subtreeHash(0, index);
            assertThat(ProofVerifier.verifyInclusion(leaf, index, SIZE, proof, root)
                            .valid())
                    .isTrue();
        }
        System.out.println("inclusion proofs at n=" + SIZE + ": at most " + most + " node reads");
    }

    @Test
    void consistencyProofsReadAtMostTwiceLog2NNodes() {
        byte[] root2 = MerkleTree.root(nodes, SIZE);
        int most = 0;
        for (int i = 0; i < 300; i++) {
            long size1 = i < 3 ? new long[] {1, SIZE - 1, 1 << 19}[i] : 1 + random.nextInt(SIZE - 1);
            CountingReader reader = new CountingReader(nodes);
            List<byte[]> proof = MerkleTree.consistencyProof(reader, size1, SIZE);
            assertThat(reader.reads()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(MAX_READS);
            most = Math.max(most, reader.reads().size());
            byte[] root1 = MerkleTree.root(nodes, size1);
            assertThat(ProofVerifier.verifyConsistency(size1, SIZE, root1, root2, proof)
                            .valid())
                    .isTrue();
        }
        System.out.println("consistency proofs at n=" + SIZE + ": at most " + most + " node reads");
    }

    @Test
    void appendReadsOnlyTheCompactRange() {
        CountingReader reader = new CountingReader(nodes);
        CompactRange.nodesToStore(reader, SIZE, List.of(new byte[32], new byte[32]));
        assertThat(reader.reads()).hasSize(Integer.bitCount(SIZE));
    }

    @Test
    void aBatchReaderIsAskedOnceForExactlyThePrefetchList() {
        BatchCounter batch = new BatchCounter(nodes);
        MerkleTree.root(batch, SIZE);
        MerkleTree.inclusionProof(batch, 123_456, SIZE);
        MerkleTree.consistencyProof(batch, 654_321, SIZE);
        CompactRange.nodesToStore(batch, SIZE, List.of(new byte[32]));
        assertThat(batch.calls)
                .containsExactly(
                        MerkleTree.nodesForRoot(SIZE),
                        MerkleTree.nodesForInclusion(123_456, SIZE),
                        MerkleTree.nodesForConsistency(654_321, SIZE),
                        CompactRange.nodesForAppend(SIZE));
        assertThat(batch.singleReads).isZero();
    }

    private static final class BatchCounter implements NodeBatchReader {
        private final InMemoryNodes delegate;
        private final List<List<NodeId>> calls = new ArrayList<>();
        private int singleReads;

        BatchCounter(InMemoryNodes delegate) {
            this.delegate = delegate;
        }

        @Override
        public byte[] subtreeHash(int level, long index) {
            singleReads++;
            return delegate.subtreeHash(level, index);
        }

        @Override
        public Map<NodeId, byte[]> subtreeHashes(Collection<NodeId> ids) {
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            calls.add(List.copyOf(ids));
            return delegate.subtreeHashes(ids);
        }
    }
}
