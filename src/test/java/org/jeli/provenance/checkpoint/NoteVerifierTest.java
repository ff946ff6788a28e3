package org.jeli.provenance.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.provenance.checkpoint.GoNoteVectors.ENOCH_SIG;
import static org.jeli.provenance.checkpoint.GoNoteVectors.ENOCH_VKEY;
import static org.jeli.provenance.checkpoint.GoNoteVectors.PETER_NOTE;
import static org.jeli.provenance.checkpoint.GoNoteVectors.PETER_SIG;
import static org.jeli.provenance.checkpoint.GoNoteVectors.PETER_VKEY;
import static org.jeli.provenance.checkpoint.GoNoteVectors.TEXT;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoteVerifierTest {
    private static final NoteVerifier PETER = NoteVerifier.fromVerifierKey(PETER_VKEY);
    private static final NoteSigner SIGNER = NoteSignerTest.signer();
    private static final NoteVerifier OURS = NoteVerifier.fromVerifierKey(NoteSignerTest.VKEY);

    @Test
    void opensTheGoReferenceNote() {
        NoteVerification result = PETER.verify(PETER_NOTE);
        assertThat(result.status()).isEqualTo(NoteStatus.VALID);
        assertThat(result.noteText()).isEqualTo(TEXT);
        assertThat(result.signer().encoded()).isEqualTo(PETER_VKEY);
        assertThat(result.detail()).isNull();
    }

    @Test
    void ignoresSignaturesByUnknownKeysAndReportsEveryTrustedSigner() {
        String both = TEXT + "\n" + PETER_SIG + ENOCH_SIG;
        assertThat(PETER.verify(both).signedBy())
                .extracting(VerifierKey::keyName)
                .containsExactly("PeterNeumann");

        NoteVerifier peterAndEnoch = NoteVerifier.fromVerifierKeys(List.of(PETER_VKEY, ENOCH_VKEY));
        assertThat(peterAndEnoch.verify(both).signedBy())
                .extracting(VerifierKey::keyName)
                .containsExactly("PeterNeumann", "EnochRoot");

        NoteVerification unknown = NoteVerifier.fromVerifierKey(ENOCH_VKEY).verify(PETER_NOTE);
        assertThat(unknown.status()).isEqualTo(NoteStatus.UNKNOWN_KEY);
        assertThat(unknown.expected()).isEqualTo("EnochRoot+af0cfe78");
        assertThat(unknown.actual()).isEqualTo("PeterNeumann+c74f20a3");
        assertThat(unknown.noteText())
                .as("text of an unverified note is withheld")
                .isNull();
    }

    @Test
    void repeatedSignaturesCountOnce() {
        NoteVerification result = PETER.verify(TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG);
        assertThat(result.status()).isEqualTo(NoteStatus.VALID);
        assertThat(result.signedBy()).hasSize(1);
    }

    @Test
    void aFailingSignatureByATrustedKeyFailsTheNote() {
        // As in note_test.go: four base64 characters inserted into the signature.
        int at = PETER_SIG.indexOf(' ', 2) + 40;
        String corrupted = PETER_SIG.substring(0, at) + "ABCD" + PETER_SIG.substring(at);
        NoteVerification result = PETER.verify(TEXT + "\n" + corrupted);
        assertThat(result.status()).isEqualTo(NoteStatus.BAD_SIGNATURE);
        assertThat(result.actual()).isEqualTo("67 signature bytes instead of 64");

        NoteVerification alsoGood = PETER.verify(TEXT + "\n" + PETER_SIG + corrupted);
        assertThat(alsoGood.status())
                .as("the first good signature settles the key")
                .isEqualTo(NoteStatus.VALID);
    }

    static Stream<Arguments> goMalformedNotes() {
        return Stream.of(
                Arguments.of(TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1), NoteStatus.MALFORMED_NOTE),
                Arguments.of("\u0001" + PETER_NOTE, NoteStatus.MALFORMED_NOTE),
                Arguments.of(
                        TEXT
                                + "\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
                        NoteStatus.MALFORMED_NOTE),
                Arguments.of(PETER_NOTE + "Unexpected line.\n", NoteStatus.MALFORMED_NOTE),
                Arguments.of(TEXT + "\n" + PETER_SIG.repeat(101), NoteStatus.MALFORMED_NOTE),
                Arguments.of(TEXT + "\n" + "— PeterNeumann x08go/ZJ\n", NoteStatus.BAD_SIGNATURE),
                Arguments.of(TEXT + "\n" + "— PeterNeumann x08go/Z=\n", NoteStatus.MALFORMED_NOTE),
                Arguments.of(TEXT + "\n" + "— PeterNeumann\n", NoteStatus.MALFORMED_NOTE),
                Arguments.of(
                        TEXT + "\n"
                                + "-- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
                        NoteStatus.MALFORMED_NOTE),
                Arguments.of(PETER_NOTE.replace("\n", "\r\n"), NoteStatus.MALFORMED_NOTE),
                Arguments.of("", NoteStatus.MALFORMED_NOTE),
                Arguments.of(null, NoteStatus.MALFORMED_NOTE),
                Arguments.of(TEXT, NoteStatus.NO_SIGNATURE),
                Arguments.of(TEXT + "\n", NoteStatus.NO_SIGNATURE));
    }

    @ParameterizedTest
    @MethodSource("goMalformedNotes")
    void rejectsMalformedNotesWithANamedFailure(String note, NoteStatus expected) {
        NoteVerification result = PETER.verify(note);
        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.detail()).isNotBlank();
        assertThat(result.noteText()).isNull();
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] bytes = PETER_NOTE.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 1];
        bad[0] = (byte) 0xff;
        System.arraycopy(bytes, 0, bad, 1, bytes.length);
        assertThat(PETER.verify(bad).status()).isEqualTo(NoteStatus.MALFORMED_NOTE);
        assertThat(PETER.verify(bytes).status()).isEqualTo(NoteStatus.VALID);
        assertThat(PETER.verify((byte[]) null).status()).isEqualTo(NoteStatus.MALFORMED_NOTE);
    }

    @Test
    void detectsEveryTamperingOfASignedCheckpoint() {
        Checkpoint checkpoint = new Checkpoint("jeli.example/log", 42, CheckpointTest.EMPTY_ROOT);
        String note = SIGNER.sign(checkpoint);
        assertThat(OURS.verify(note).status()).isEqualTo(NoteStatus.VALID);

        byte[] otherRoot = CheckpointTest.EMPTY_ROOT.clone();
        otherRoot[31] ^= 1;
        String sigLine = note.substring(note.indexOf("\n\n") + 2);
        String changedSize = new Checkpoint("jeli.example/log", 43, CheckpointTest.EMPTY_ROOT).body() + "\n" + sigLine;
        String changedRoot = new Checkpoint("jeli.example/log", 42, otherRoot).body() + "\n" + sigLine;
        String changedOrigin = note.replaceFirst("jeli.example/log\n", "jeli.example/lug\n");
        String extraLine = note.replace("=\n\n", "=\nextension\n\n");

        assertThat(OURS.verify(changedSize).status()).isEqualTo(NoteStatus.BAD_SIGNATURE);
        assertThat(OURS.verify(changedRoot).status()).isEqualTo(NoteStatus.BAD_SIGNATURE);
        assertThat(OURS.verify(changedOrigin).status()).isEqualTo(NoteStatus.BAD_SIGNATURE);
        assertThat(OURS.verify(extraLine).status()).isEqualTo(NoteStatus.BAD_SIGNATURE);
        NoteVerification bad = OURS.verify(changedSize);
        assertThat(bad.expected()).contains("jeli.example/log+bcbd7c2f");
    }

    @Test
    void namesWhatIsWrongWithOtherKeysTruncationsAndGarbage() {
        String note = SIGNER.sign(new Checkpoint("jeli.example/log", 42, CheckpointTest.EMPTY_ROOT));
        byte[] blob = NoteSignerTest.signatureBlob(note);
        String head = note.substring(0, note.lastIndexOf("— "));

        NoteSigner other = NoteSigner.fromSeed("jeli.example/log", new byte[32]);
        assertThat(OURS.verify(other.sign(new Checkpoint("jeli.example/log", 42, CheckpointTest.EMPTY_ROOT)))
                        .status())
                .as("same name, other key: an unknown key")
                .isEqualTo(NoteStatus.UNKNOWN_KEY);
        String renamed = head + "— jeli.example/other " + Base64.getEncoder().encodeToString(blob) + "\n";
        assertThat(OURS.verify(renamed).status()).as("same key ID, other name").isEqualTo(NoteStatus.UNKNOWN_KEY);

        String truncated =
                head + "— jeli.example/log " + Base64.getEncoder().encodeToString(Arrays.copyOf(blob, 60)) + "\n";
        NoteVerification result = OURS.verify(truncated);
        assertThat(result.status()).isEqualTo(NoteStatus.BAD_SIGNATURE);
        assertThat(result.actual()).isEqualTo("56 signature bytes instead of 64");

        String cut = note.substring(0, note.length() - 10) + "\n";
        assertThat(OURS.verify(cut).status()).isEqualTo(NoteStatus.MALFORMED_NOTE);
        assertThat(OURS.verify(note + "garbage\n").status()).isEqualTo(NoteStatus.MALFORMED_NOTE);
        assertThat(OURS.verify(note + "\u0000").status()).isEqualTo(NoteStatus.MALFORMED_NOTE);
        assertThat(OURS.verify("garbage").status()).isEqualTo(NoteStatus.MALFORMED_NOTE);
        assertThat(OURS.verify("x".repeat(2 << 20) + "\n").status()).isEqualTo(NoteStatus.MALFORMED_NOTE);
    }

    @Test
    void trustsRetiredKeysToo() {
        NoteSigner retired = NoteSigner.fromSeed("jeli.example/log", new byte[32]);
        NoteVerifier both = NoteVerifier.of(List.of(SIGNER.publicKey(), retired.publicKey()));
        String old = retired.sign(new Checkpoint("jeli.example/log", 1, CheckpointTest.EMPTY_ROOT));
        assertThat(both.verify(old).signer()).isEqualTo(retired.publicKey());
        assertThat(both.verify(SIGNER.sign("new\n")).signer()).isEqualTo(SIGNER.publicKey());
        assertThat(both.trustedKeys()).hasSize(2);
    }

    @Test
    void verifiesAndParsesACheckpoint() {
        Checkpoint checkpoint = new Checkpoint("jeli.example/log", 42, CheckpointTest.EMPTY_ROOT);
        CheckpointVerification ok = OURS.verifyCheckpoint(SIGNER.sign(checkpoint), "jeli.example/log");
        assertThat(ok.status()).isEqualTo(NoteStatus.VALID);
        assertThat(ok.checkpoint()).isEqualTo(checkpoint);
        assertThat(ok.signedBy()).containsExactly(SIGNER.publicKey());

        CheckpointVerification wrongOrigin = OURS.verifyCheckpoint(SIGNER.sign(checkpoint), "jeli.example/other");
        assertThat(wrongOrigin.status()).isEqualTo(NoteStatus.WRONG_ORIGIN);
        assertThat(wrongOrigin.expected()).isEqualTo("jeli.example/other");
        assertThat(wrongOrigin.actual()).isEqualTo("jeli.example/log");

        assertThat(OURS.verifyCheckpoint(SIGNER.sign("just a note\n"), null).status())
                .isEqualTo(NoteStatus.MALFORMED_CHECKPOINT);
        assertThat(OURS.verifyCheckpoint(PETER_NOTE, null).status()).isEqualTo(NoteStatus.UNKNOWN_KEY);
    }
}
