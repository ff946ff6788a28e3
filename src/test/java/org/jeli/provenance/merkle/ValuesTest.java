package org.jeli.provenance.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void nodeIdCoversItsLeafRange() {
        NodeId id = new NodeId(3, 5);
        assertThat(id.firstLeaf()).isEqualTo(40);
        assertThat(id.leafCount()).isEqualTo(8);
    }

    @Test
    void nodeIdRejectsLevelsAndIndicesNoTreeCanHave() {
        assertThatThrownBy(() -> new NodeId(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId(63, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId(1, Long.MAX_VALUE / 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NodeId(62, 0).leafCount()).isEqualTo(1L << 62);
        assertThat(new NodeId(0, Long.MAX_VALUE - 1).firstLeaf()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void nodeHashCopiesInAndOutAndComparesByContent() {
        byte[] hash = MerkleHash.leafHash(new byte[] {1});
        NodeHash node = new NodeHash(new NodeId(0, 0), hash);
        hash[0] ^= 1;
        node.hash()[1] ^= 1;
        assertThat(node.hash()).isEqualTo(MerkleHash.leafHash(new byte[] {1}));
        assertThat(node).isEqualTo(new NodeHash(new NodeId(0, 0), MerkleHash.leafHash(new byte[] {1})));
        assertThat(node).hasSameHashCodeAs(new NodeHash(new NodeId(0, 0), MerkleHash.leafHash(new byte[] {1})));
        assertThat(node.toString()).contains(Entries.hex(node.hash()));
    }

    @Test
    void nodeHashRejectsMissingIdOrMalformedHash() {
        assertThatThrownBy(() -> new NodeHash(null, new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeHash(new NodeId(0, 0), new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeHash(new NodeId(0, 0), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verificationResultIsEitherValidOrAFailureWithExpectedAndActual() {
        assertThat(VerificationResult.ok().valid()).isTrue();
        assertThat(VerificationResult.ok().message()).isEqualTo("valid");
        VerificationResult failed = VerificationResult.fail(ProofFailure.SIZE_ORDER, "size1 <= 3", "4");
        assertThat(failed.valid()).isFalse();
        assertThat(failed.message()).isEqualTo("SIZE_ORDER: expected size1 <= 3, got 4");
        assertThatThrownBy(() -> VerificationResult.fail(null, "a", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerificationResult.fail(ProofFailure.SIZE_ORDER, null, "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerificationResult(true, ProofFailure.SIZE_ORDER, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
