package org.jeli.provenance.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class NoteSignerTest {
    /** Seed 00 01 .. 1f; its public key 03a107bf... is a widely published Ed25519 test value. */
    static final byte[] SEED =
            HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    static final String KEY_NAME = "jeli.example/log";
    static final String VKEY = "jeli.example/log+bcbd7c2f+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4";
    static final String GOLDEN_NOTE = "jeli.example/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n"
            + "— jeli.example/log vL18Ly87VFLZa6doEekGcfkTyGhCgnrbvJDVNzU+a6Tmclz7bhb+OTIPoQQzITt2MgposHqwrmCyJ8rAnB51tE/4MgQ=\n";

    static NoteSigner signer() {
        return NoteSigner.fromSeed(KEY_NAME, SEED);
    }

    static Checkpoint emptyCheckpoint() {
        return new Checkpoint(KEY_NAME, 0, CheckpointTest.EMPTY_ROOT);
    }

    @Test
    void signsAFixedCheckpointToTheGoldenNote() {
        NoteSigner signer = signer();
        assertThat(signer.sign(emptyCheckpoint())).isEqualTo(GOLDEN_NOTE);
        assertThat(signer.verifierKey()).isEqualTo(VKEY);
        assertThat(HexFormat.of().formatHex(signer.keyId())).isEqualTo("bcbd7c2f");
        assertThat(signer.publicKey().publicKey())
                .isEqualTo(HexFormat.of().parseHex("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"));
    }

    @Test
    void reproducesTheGoReferenceNoteByteForByte() {
        NoteSigner peter = NoteSigner.fromSeed("PeterNeumann", GoNoteVectors.peterSeed());
        assertThat(peter.verifierKey()).isEqualTo(GoNoteVectors.PETER_VKEY);
        assertThat(peter.sign(GoNoteVectors.TEXT)).isEqualTo(GoNoteVectors.PETER_NOTE);
    }

    @Test
    void keyIdIsTheFirstFourBytesOfSha256OfNameNewlineTypeAndKey() throws Exception {
        NoteSigner signer = signer();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update((KEY_NAME + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x01);
        sha.update(signer.publicKey().publicKey());
        assertThat(signer.keyId()).isEqualTo(Arrays.copyOf(sha.digest(), 4));
    }

    @Test
    void theJdkEd25519ImplementationAcceptsOurSignature() throws Exception {
        String text = emptyCheckpoint().body();
        byte[] blob = signatureBlob(signer().sign(text));
        assertThat(Arrays.copyOf(blob, 4)).isEqualTo(signer().keyId());

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(jdkPublicKey(signer().publicKey().publicKey()));
        jdk.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(jdk.verify(Arrays.copyOfRange(blob, 4, blob.length))).isTrue();
    }

    @Test
    void weAcceptASignatureMadeByTheJdkEd25519Implementation() throws Exception {
        String text = new Checkpoint(KEY_NAME, 7, new byte[32]).body();
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(jdkPrivateKey(SEED));
        jdk.update(text.getBytes(StandardCharsets.UTF_8));
        byte[] signature = jdk.sign();
        byte[] blob = new byte[68];
        System.arraycopy(signer().keyId(), 0, blob, 0, 4);
        System.arraycopy(signature, 0, blob, 4, 64);
        String note = text + "\n— " + KEY_NAME + " " + Base64.getEncoder().encodeToString(blob) + "\n";

        NoteVerification result = NoteVerifier.fromVerifierKey(VKEY).verify(note);
        assertThat(result.status()).isEqualTo(NoteStatus.VALID);
        assertThat(note)
                .as("Ed25519 is deterministic: both libraries sign alike")
                .isEqualTo(signer().sign(text));
    }

    @Test
    void refusesTextThatCannotBeANote() {
        NoteSigner signer = signer();
        assertThatThrownBy(() -> signer.sign("no newline")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign((String) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign("tab\there\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign("cr\r\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign("lone \uD800 surrogate\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesInvalidKeyNamesAndSeeds() {
        for (String name : new String[] {"", "a b", "a+b", "a\u00a0b", "a\u2003b", "a\nb", null}) {
            assertThatThrownBy(() -> NoteSigner.fromSeed(name, SEED))
                    .as("name %s", name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> NoteSigner.fromSeed(KEY_NAME, new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsThePrivateKey() {
        String shown = signer().toString();
        assertThat(shown).contains("bcbd7c2f").doesNotContain(HexFormat.of().formatHex(SEED));
        assertThat(shown).doesNotContain(Base64.getEncoder().encodeToString(SEED));
    }

    @Test
    void multiLineTextWithBlankLinesSignsAndVerifies() {
        String text = "first\n\nthird after a blank line\n— looks like a signature line\n";
        String note = signer().sign(text);
        NoteVerification result = NoteVerifier.fromVerifierKey(VKEY).verify(note);
        assertThat(result.status()).isEqualTo(NoteStatus.VALID);
        assertThat(result.noteText()).isEqualTo(text);
    }

    static byte[] signatureBlob(String signedNote) {
        String line = signedNote.substring(signedNote.lastIndexOf("\n— ") + 1, signedNote.length() - 1);
        return Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
    }

    static PublicKey jdkPublicKey(byte[] raw) throws Exception {
        byte[] spki = new byte[44];
        System.arraycopy(HexFormat.of().parseHex("302a300506032b6570032100"), 0, spki, 0, 12);
        System.arraycopy(raw, 0, spki, 12, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    static PrivateKey jdkPrivateKey(byte[] seed) throws Exception {
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    }
}
