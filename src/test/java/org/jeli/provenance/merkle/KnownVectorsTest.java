package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interoperability: the test vectors of transparency-dev/merkle ({@code testonly/constants.go},
 * {@code proof/verify_test.go}), computed by an independent RFC 6962/9162 implementation.
 */
class KnownVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> LEAF_INPUTS =
            List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    private static final List<List<String>> NODES = List.of(
            List.of(
                    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"),
            List.of(
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
            List.of(
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            List.of("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));

    private final InMemoryNodes nodes =
            InMemoryNodes.ofEntries(LEAF_INPUTS.stream().map(HEX::parseHex).toList());

    @Test
    void rootsMatchThePublishedVectorsForEverySizeUpTo8() {
        for (int size = 0; size <= 8; size++) {
            assertThat(Entries.hex(MerkleTree.root(nodes, size)))
                    .as("size %d", size)
                    .isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void storedSubtreesMatchThePublishedNodeHashes() {
        for (int level = 0; level < NODES.size(); level++) {
            for (int index = 0; index < NODES.get(level).size(); index++) {
                assertThat(Entries.hex(nodes.subtreeHash(level, index)))
                        .isEqualTo(NODES.get(level).get(index));
            }
        }
        assertThat(nodes.allNodes()).hasSize(15);
    }

    @Test
    void inclusionProofsMatchThePublishedVectors() {
        assertInclusion(
                0, 8, NODES.get(0).get(1), NODES.get(1).get(1), NODES.get(2).get(1));
        assertInclusion(
                5, 8, NODES.get(0).get(4), NODES.get(1).get(3), NODES.get(2).get(0));
        assertInclusion(2, 3, NODES.get(1).get(0));
        assertInclusion(
                1, 5, NODES.get(0).get(0), NODES.get(1).get(1), NODES.get(0).get(4));
        assertInclusion(0, 1);
    }

    @Test
    void consistencyProofsMatchThePublishedVectors() {
        assertConsistency(1, 1);
        assertConsistency(
                1, 8, NODES.get(0).get(1), NODES.get(1).get(1), NODES.get(2).get(1));
        assertConsistency(
                6, 8, NODES.get(1).get(2), NODES.get(1).get(3), NODES.get(2).get(0));
        assertConsistency(2, 5, NODES.get(1).get(1), NODES.get(0).get(4));
        assertConsistency(
                6, 7, NODES.get(1).get(2), NODES.get(0).get(6), NODES.get(2).get(0));
    }

    private void assertInclusion(int index, int size, String... proof) {
        List<byte[]> actual = MerkleTree.inclusionProof(nodes, index, size);
        assertThat(Entries.hex(actual)).containsExactly(proof);
        byte[] leaf = MerkleHash.leafHash(HEX.parseHex(LEAF_INPUTS.get(index)));
        VerificationResult result =
                ProofVerifier.verifyInclusion(leaf, index, size, actual, HEX.parseHex(ROOTS.get(size)));
        assertThat(result.valid()).as(result.message()).isTrue();
    }

    private void assertConsistency(int size1, int size2, String... proof) {
        List<byte[]> actual = MerkleTree.consistencyProof(nodes, size1, size2);
        assertThat(Entries.hex(actual)).containsExactly(proof);
        VerificationResult result = ProofVerifier.verifyConsistency(
                size1, size2, HEX.parseHex(ROOTS.get(size1)), HEX.parseHex(ROOTS.get(size2)), actual);
        assertThat(result.valid()).as(result.message()).isTrue();
    }
}
