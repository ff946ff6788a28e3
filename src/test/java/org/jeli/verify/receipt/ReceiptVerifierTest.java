package org.jeli.verify.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.checkpoint.VerifierKey;
import org.jeli.verify.Finding;
import org.jeli.verify.FindingCode;
import org.junit.jupiter.api.Test;

/** The offline check of a file against its receipt, without the archive. */
class ReceiptVerifierTest {
    static final byte[] FILE = "a voice note".getBytes(StandardCharsets.UTF_8);

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] receipt() throws Exception {
        return Receipts.receipt(sha256(FILE)).format().getBytes(StandardCharsets.US_ASCII);
    }

    static ReceiptReport verify(byte[] receipt, byte[] file, ReceiptVerifier.Later later, List<VerifierKey> pinned)
            throws IOException {
        return new ReceiptVerifier(pinned).verify(receipt, new ByteArrayInputStream(file), later);
    }

    static List<FindingCode> codes(ReceiptReport r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void theFileItsReceiptWasIssuedForVerifies() throws Exception {
        ReceiptReport r = verify(receipt(), FILE, null, List.of());
        assertThat(r.findings()).isEmpty();
        assertThat(r.verified()).isTrue();
        assertThat(r.fileSha256()).isEqualTo(sha256(FILE));
        assertThat(r.checkpoint().size()).isEqualTo(42);
        assertThat(r.checkpoint().signedBy())
                .isEqualTo(Receipts.signer().publicKey().label());
        assertThat(r.keysPinned()).isFalse();
    }

    @Test
    void aFileWithOneByteChangedDoesNotMatchItsReceipt() throws Exception {
        byte[] changed = FILE.clone();
        changed[0] ^= 1;
        ReceiptReport r = verify(receipt(), changed, null, List.of());
        assertThat(r.verified()).isFalse();
        assertThat(codes(r)).containsExactly(FindingCode.RECEIPT_HASH_MISMATCH);
        assertThat(r.findings().get(0).detail()).contains(sha256(FILE), sha256(changed));
    }

    @Test
    void aReceiptWithAnEditedRootNoLongerCarriesAValidSignature() throws Exception {
        String text = new String(receipt(), StandardCharsets.US_ASCII);
        String edited = text.replaceFirst("root (.)", "root " + (text.contains("root A") ? "B" : "A"));
        ReceiptReport r = verify(edited.getBytes(StandardCharsets.US_ASCII), FILE, null, List.of());
        assertThat(codes(r)).containsExactly(FindingCode.CHECKPOINT_INVALID);
    }

    @Test
    void aReceiptSignedByAnotherKeyThanThePinnedOneIsNotTrusted() throws Exception {
        ReceiptReport r =
                verify(receipt(), FILE, null, List.of(Receipts.otherSigner().publicKey()));
        assertThat(codes(r)).containsExactly(FindingCode.KEY_NOT_TRUSTED);
        ReceiptReport pinnedRight =
                verify(receipt(), FILE, null, List.of(Receipts.signer().publicKey()));
        assertThat(pinnedRight.verified()).isTrue();
        assertThat(pinnedRight.keysPinned()).isTrue();
    }

    @Test
    void somethingThatIsNotAReceiptIsReportedAsSuch() throws Exception {
        ReceiptReport r = verify("hello".getBytes(StandardCharsets.US_ASCII), FILE, null, List.of());
        assertThat(codes(r)).containsExactly(FindingCode.RECEIPT_INVALID);
        assertThat(r.receipt()).isNull();
    }

    @Test
    void theSameCheckpointLaterWithAnEmptyProofIsConsistent() throws Exception {
        byte[] note = Receipts.note(42).getBytes(StandardCharsets.UTF_8);
        byte[] proof = "{\"size1\":42,\"size2\":42,\"proof\":[]}".getBytes(StandardCharsets.UTF_8);
        ReceiptReport r = verify(receipt(), FILE, new ReceiptVerifier.Later(note, proof), List.of());
        assertThat(r.findings()).isEmpty();
        assertThat(r.consistent()).isTrue();
    }

    @Test
    void aProofBetweenOtherSizesOrNotJsonIsInconsistent() throws Exception {
        byte[] note = Receipts.note(42).getBytes(StandardCharsets.UTF_8);
        for (String proof : List.of("{\"size1\":41,\"size2\":42,\"proof\":[]}", "not json", "{\"size1\":42}")) {
            ReceiptReport r = verify(
                    receipt(),
                    FILE,
                    new ReceiptVerifier.Later(note, proof.getBytes(StandardCharsets.UTF_8)),
                    List.of());
            assertThat(codes(r)).as(proof).containsExactly(FindingCode.CONSISTENCY_INVALID);
        }
    }

    @Test
    void aLaterCheckpointFromAnotherLogIsInvalid() throws Exception {
        String otherLog = Receipts.signer().sign(new Checkpoint("another/log", 50, Receipts.ROOT));
        byte[] proof = "{\"size1\":42,\"size2\":50,\"proof\":[]}".getBytes(StandardCharsets.UTF_8);
        ReceiptReport r = verify(
                receipt(),
                FILE,
                new ReceiptVerifier.Later(otherLog.getBytes(StandardCharsets.UTF_8), proof),
                List.of());
        assertThat(codes(r)).containsExactly(FindingCode.CHECKPOINT_INVALID, FindingCode.CONSISTENCY_INVALID);
    }
}
