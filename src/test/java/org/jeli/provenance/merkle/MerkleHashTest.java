package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MerkleHashTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void emptyRootIsSha256OfNothing() {
        assertThat(HEX.formatHex(MerkleHash.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leafHashPrefixesTheEntryWithZero() {
        // SHA-256(0x00), the leaf hash of the empty entry (transparency-dev/merkle testonly/constants.go)
        assertThat(HEX.formatHex(MerkleHash.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void nodeHashPrefixesTheChildrenWithOne() {
        byte[] left = HEX.parseHex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        byte[] right = HEX.parseHex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
        assertThat(HEX.formatHex(MerkleHash.nodeHash(left, right)))
                .isEqualTo("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
    }

    @Test
    void aLeafCannotPassForANodeWithTheSameBytes() {
        byte[] left = MerkleHash.leafHash(new byte[] {1});
        byte[] right = MerkleHash.leafHash(new byte[] {2});
        byte[] concatenated = new byte[64];
        System.arraycopy(left, 0, concatenated, 0, 32);
        System.arraycopy(right, 0, concatenated, 32, 32);
        assertThat(MerkleHash.leafHash(concatenated)).isNotEqualTo(MerkleHash.nodeHash(left, right));
    }

    @Test
    void hashesAreThirtyTwoBytes() {
        assertThat(MerkleHash.HASH_LENGTH).isEqualTo(32);
        assertThat(MerkleHash.leafHash(new byte[1000])).hasSize(MerkleHash.HASH_LENGTH);
    }

    @Test
    void rejectsMissingOrMalformedInput() {
        byte[] hash = MerkleHash.emptyRoot();
        assertThatThrownBy(() -> MerkleHash.leafHash(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleHash.nodeHash(null, hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleHash.nodeHash(hash, new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
