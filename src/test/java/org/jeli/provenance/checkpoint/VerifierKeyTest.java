package org.jeli.provenance.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierKeyTest {
    @Test
    void readsAndWritesTheGoVerifierKey() {
        VerifierKey key = VerifierKey.parse(GoNoteVectors.PETER_VKEY);
        assertThat(key.keyName()).isEqualTo("PeterNeumann");
        assertThat(key.keyIdHex()).isEqualTo("c74f20a3");
        assertThat(key.encoded()).isEqualTo(GoNoteVectors.PETER_VKEY);
        assertThat(VerifierKey.parse(GoNoteVectors.PETER_VKEY.replace("c74f20a3", "C74F20A3")))
                .isEqualTo(key);
    }

    @Test
    void rejectsEveryManglingLikeTheGoTests() {
        byte[] b = GoNoteVectors.PETER_VKEY.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i <= b.length; i++) {
            for (int j = i + 1; j <= b.length; j++) {
                if (i != 0 || j != b.length) {
                    assertRejected(new String(b, i, j - i, java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
        }
        for (int i = 0; i < b.length; i++) {
            b[i]++;
            assertRejected(new String(b, java.nio.charset.StandardCharsets.US_ASCII));
            b[i]--;
        }
        // Wrong key length, and an unknown algorithm, each with a matching key hash (from note_test.go).
        assertRejected("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==");
        assertRejected("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        assertRejected(null);
        assertRejected("PeterNeumann+c74f20a٣+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    }

    @Test
    void aVerifierRefusesAnEmptyKeySetButAcceptsDuplicates() {
        assertThatThrownBy(() -> NoteVerifier.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        VerifierKey key = VerifierKey.parse(GoNoteVectors.PETER_VKEY);
        assertThat(NoteVerifier.of(List.of(key, key)).trustedKeys()).containsExactly(key);
    }

    private static void assertRejected(String vkey) {
        assertThatThrownBy(() -> VerifierKey.parse(vkey))
                .as("vkey %s", vkey)
                .isInstanceOf(IllegalArgumentException.class);
    }
}
