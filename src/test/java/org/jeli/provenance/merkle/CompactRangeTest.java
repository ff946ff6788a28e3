package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompactRangeTest {
    private final List<byte[]> entries = Entries.numbered(300);
    private final List<byte[]> leaves = Entries.leafHashes(entries);

    @ParameterizedTest(name = "batches of {0}")
    @ValueSource(ints = {1, 2, 3, 7, 8, 64, 299, 300})
    void appendingInBatchesOfAnySizeStoresTheSameNodesAsAppendingAllAtOnce(int batchSize) {
        InMemoryNodes batched = new InMemoryNodes();
        for (int from = 0; from < leaves.size(); from += batchSize) {
            batched.append(leaves.subList(from, Math.min(leaves.size(), from + batchSize)));
        }
        assertThat(batched.allNodes())
                .isEqualTo(InMemoryNodes.ofLeafHashes(leaves).allNodes());
    }

    @Test
    void appendingInRandomBatchesStoresTheSameNodesAsAppendingAllAtOnce() {
        Random random = new Random(42);
        InMemoryNodes batched = new InMemoryNodes();
        int from = 0;
        while (from < leaves.size()) {
            int to = Math.min(leaves.size(), from + random.nextInt(20));
            batched.append(leaves.subList(from, to));
            from = to;
        }
        assertThat(batched.allNodes())
                .isEqualTo(InMemoryNodes.ofLeafHashes(leaves).allNodes());
    }

    @Test
    void storesEveryLeafAndEveryCompletedSubtreeExactlyOnceWithItsReferenceHash() {
        ReferenceTree reference = new ReferenceTree(entries);
        for (int size = 0; size <= 70; size++) {
            List<NodeHash> stored =
                    InMemoryNodes.ofLeafHashes(leaves.subList(0, size)).allNodes();
            long expectedCount = 0;
            for (int level = 0; level < 8; level++) {
                expectedCount += size >> level;
            }
            assertThat(stored).as("size %d", size).hasSize((int) expectedCount);
            for (NodeHash node : stored) {
                int first = (int) node.id().firstLeaf();
                int end = first + (int) node.id().leafCount();
                assertThat(node.hash()).as("%s", node.id()).isEqualTo(reference.mth(first, end));
            }
        }
    }

    @Test
    void returnsNodesInTheOrderTheyAreCompleted() {
        InMemoryNodes tree = InMemoryNodes.ofLeafHashes(leaves.subList(0, 3));
        List<NodeId> ids = CompactRange.nodesToStore(tree, 3, leaves.subList(3, 5)).stream()
                .map(NodeHash::id)
                .toList();
        assertThat(ids).containsExactly(new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0), new NodeId(0, 4));
    }

    @Test
    void appendReadsOnlyTheCompactRangeOfTheOldTree() {
        InMemoryNodes tree = InMemoryNodes.ofLeafHashes(leaves.subList(0, 255));
        for (int oldSize = 0; oldSize < 255; oldSize++) {
            CountingReader reader = new CountingReader(tree);
            CompactRange.nodesToStore(reader, oldSize, leaves.subList(255, 300));
            assertThat(reader.reads()).isEqualTo(CompactRange.nodesForAppend(oldSize));
            assertThat(reader.reads()).hasSize(Integer.bitCount(oldSize));
        }
    }

    @Test
    void appendingNothingStoresAndReadsNothing() {
        CountingReader reader = new CountingReader(InMemoryNodes.ofLeafHashes(leaves.subList(0, 5)));
        assertThat(CompactRange.nodesToStore(reader, 5, List.of())).isEmpty();
        assertThat(reader.reads()).isEmpty();
    }

    @Test
    void copiesTheLeafHashesItIsGiven() {
        byte[] leaf = leaves.get(0).clone();
        List<NodeHash> stored = CompactRange.nodesToStore(new InMemoryNodes(), 0, List.of(leaf));
        Arrays.fill(leaf, (byte) 0);
        assertThat(stored.get(0).hash()).isEqualTo(leaves.get(0));
    }

    @Test
    void rejectsInvalidArguments() {
        InMemoryNodes tree = new InMemoryNodes();
        List<byte[]> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> CompactRange.nodesToStore(null, 0, leaves))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactRange.nodesToStore(tree, -1, leaves))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactRange.nodesToStore(tree, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactRange.nodesToStore(tree, 0, withNull))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactRange.nodesToStore(tree, 0, List.of(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactRange.nodesToStore(tree, Long.MAX_VALUE, leaves))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failsLoudlyWhenTheOldTreeIsNotStored() {
        assertThatThrownBy(() -> CompactRange.nodesToStore(new InMemoryNodes(), 5, leaves))
                .isInstanceOf(MissingNodeException.class)
                .hasMessageContaining("level 2 index 0");
    }
}
