package org.jeli.provenance.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {
    /** RFC 9162 root of the empty tree: SHA-256 of nothing. */
    static final byte[] EMPTY_ROOT =
            HexFormat.of().parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    static final String SPEC_BODY =
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void bodyIsTheGoldenC2spText() {
        Checkpoint empty = new Checkpoint("jeli.example/log", 0, EMPTY_ROOT);
        assertThat(empty.body()).isEqualTo("jeli.example/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");

        byte[] root = Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(new Checkpoint("example.com/behind-the-sofa", 20852163, root).body())
                .as("the example of c2sp.org/tlog-checkpoint")
                .isEqualTo(SPEC_BODY);
    }

    @Test
    void parsesWhatItWrites() {
        Checkpoint parsed = Checkpoint.parseBody(SPEC_BODY);
        assertThat(parsed.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(parsed.size()).isEqualTo(20852163);
        assertThat(parsed.body()).isEqualTo(SPEC_BODY);
        Checkpoint max = new Checkpoint("o", Long.MAX_VALUE, EMPTY_ROOT);
        assertThat(Checkpoint.parseBody(max.body())).isEqualTo(max);
    }

    @Test
    void acceptsAndIgnoresExtensionLinesAsTheSpecAllows() {
        Checkpoint parsed = Checkpoint.parseBody(SPEC_BODY + "extension one\nextension two\n");
        assertThat(parsed).isEqualTo(Checkpoint.parseBody(SPEC_BODY));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=",
                "example.com/log\n1\n",
                "\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n01\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n+1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n 1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n9223372036854775808\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=AAAA\n",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jx\n",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom-Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",
                "example.com/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\next\n\n",
                "example.com/log\r\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\n1\r\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
                "example.com/log\u0000\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
            })
    void rejectsTextThatIsNotAStrictCheckpoint(String text) {
        assertThatThrownBy(() -> Checkpoint.parseBody(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Checkpoint.parseBody(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validatesItsFields() {
        assertThatThrownBy(() -> new Checkpoint("", 0, EMPTY_ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(null, 0, EMPTY_ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a\nb", 0, EMPTY_ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a\tb", 0, EMPTY_ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", -1, EMPTY_ROOT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", 0, new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("a", 0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesTheRootHashInAndOut() {
        byte[] root = EMPTY_ROOT.clone();
        Checkpoint checkpoint = new Checkpoint("o", 1, root);
        root[0] ^= 1;
        checkpoint.rootHash()[1] ^= 1;
        assertThat(checkpoint.rootHash()).isEqualTo(EMPTY_ROOT);
        assertThat(checkpoint)
                .isEqualTo(new Checkpoint("o", 1, EMPTY_ROOT))
                .hasSameHashCodeAs(new Checkpoint("o", 1, EMPTY_ROOT));
        assertThat(checkpoint).isNotEqualTo(new Checkpoint("o", 2, EMPTY_ROOT));
    }
}
