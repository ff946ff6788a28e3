package org.jeli.verify.receipt;

import static org.jeli.verify.FindingCode.CHECKPOINT_INVALID;
import static org.jeli.verify.FindingCode.CONSISTENCY_INVALID;
import static org.jeli.verify.FindingCode.KEY_NOT_TRUSTED;
import static org.jeli.verify.FindingCode.RECEIPT_HASH_MISMATCH;
import static org.jeli.verify.FindingCode.RECEIPT_INVALID;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.checkpoint.CheckpointVerification;
import org.jeli.provenance.checkpoint.NoteStatus;
import org.jeli.provenance.checkpoint.NoteVerifier;
import org.jeli.provenance.checkpoint.VerifierKey;
import org.jeli.provenance.merkle.ProofVerifier;
import org.jeli.provenance.merkle.VerificationResult;
import org.jeli.verify.ConsistencyProofFile;
import org.jeli.verify.Finding;
import org.jeli.verify.FindingCode;
import org.jeli.verify.Fingerprints;
import org.jeli.verify.receipt.ReceiptReport.SignedCheckpoint;

/**
 * Checks a file against its receipt, offline: the file's SHA-256 (streamed) against the receipt's,
 * the receipt's checkpoint signature, and optionally a later signed checkpoint with a consistency
 * proof from the receipt's checkpoint to it, which shows the log was not rewritten in between.
 *
 * <p>Signatures are checked with the keys the user pinned, or, when none are pinned, with the key
 * the receipt carries (whose fingerprint the user must then compare with the published one).
 */
public final class ReceiptVerifier {
    private static final int BUFFER = 1 << 20;

    private final List<VerifierKey> pinned;

    /** @param pinned keys to trust instead of the receipt's own; empty to trust the receipt's key */
    public ReceiptVerifier(List<VerifierKey> pinned) {
        this.pinned = List.copyOf(pinned);
    }

    /**
     * A later signed checkpoint and the consistency proof JSON ({@code size1}, {@code size2},
     * {@code proof}: base64 hashes) from the receipt's checkpoint to it, as the archive serves them.
     */
    public record Later(byte[] checkpointNote, byte[] consistencyProof) {
        public Later {
            checkpointNote = checkpointNote.clone();
            consistencyProof = consistencyProof.clone();
        }
    }

    /**
     * Verifies {@code media} against {@code receipt}.
     *
     * @param later a later checkpoint and consistency proof, or {@code null}
     * @throws IOException when the file cannot be read
     */
    public ReceiptReport verify(byte[] receipt, Path media, Later later) throws IOException {
        try (InputStream in = Files.newInputStream(media)) {
            return verify(receipt, in, later);
        }
    }

    /** As {@link #verify(byte[], Path, Later)}, reading the file from {@code media}. */
    public ReceiptReport verify(byte[] receipt, InputStream media, Later later) throws IOException {
        ReceiptText r;
        try {
            r = ReceiptText.parse(receipt);
        } catch (IllegalArgumentException e) {
            return new ReceiptReport(
                    null,
                    null,
                    null,
                    later != null,
                    null,
                    false,
                    !pinned.isEmpty(),
                    List.of(Finding.error(RECEIPT_INVALID, "receipt", e.getMessage())));
        }
        List<Finding> findings = new ArrayList<>();
        String sha256 = sha256(media);
        if (!sha256.equals(r.sha256())) {
            findings.add(Finding.error(
                    RECEIPT_HASH_MISMATCH, "file", "receipt has SHA-256 " + r.sha256() + ", the file has " + sha256));
        }
        NoteVerifier notes = NoteVerifier.of(pinned.isEmpty() ? List.of(r.key()) : pinned);
        SignedCheckpoint checkpoint = checkpoint(notes, r.signedNote(), r, "receipt checkpoint", findings);
        SignedCheckpoint next = null;
        boolean consistent = false;
        if (later != null) {
            String note = new String(later.checkpointNote(), StandardCharsets.UTF_8);
            next = checkpoint(notes, note, r, "later checkpoint", findings);
            if (checkpoint != null && next != null) {
                Finding problem = Consistency.check(r.checkpoint(), next, later.consistencyProof());
                consistent = problem == null;
                if (problem != null) {
                    findings.add(problem);
                }
            } else {
                findings.add(Finding.error(CONSISTENCY_INVALID, "consistency", "a checkpoint it links did not verify"));
            }
        }
        return new ReceiptReport(r, sha256, checkpoint, later != null, next, consistent, !pinned.isEmpty(), findings);
    }

    private SignedCheckpoint checkpoint(
            NoteVerifier notes, String note, ReceiptText r, String where, List<Finding> findings) {
        CheckpointVerification v = notes.verifyCheckpoint(note, r.checkpoint().origin());
        if (!v.isValid()) {
            FindingCode code =
                    !pinned.isEmpty() && v.status() == NoteStatus.UNKNOWN_KEY ? KEY_NOT_TRUSTED : CHECKPOINT_INVALID;
            findings.add(Finding.error(code, where, describe(v)));
            return null;
        }
        VerifierKey signer = v.signedBy().get(0);
        return new SignedCheckpoint(
                v.checkpoint().size(),
                Base64.getEncoder().encodeToString(v.checkpoint().rootHash()),
                signer.label(),
                Fingerprints.of(signer));
    }

    private static String describe(CheckpointVerification v) {
        StringBuilder s = new StringBuilder(v.status().name());
        if (v.detail() != null) {
            s.append(": ").append(v.detail());
        }
        if (v.expected() != null) {
            s.append("; expected ").append(v.expected());
        }
        if (v.actual() != null) {
            s.append("; found ").append(v.actual());
        }
        return s.toString();
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.read(buffer)) > 0; ) {
            md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The consistency proof between the receipt's checkpoint and a later one. */
    static final class Consistency {
        private Consistency() {}

        /** {@code null} when the proof shows {@code first} to be a prefix of {@code later}. */
        static Finding check(Checkpoint first, SignedCheckpoint later, byte[] proofJson) {
            String where = "consistency " + first.size() + " -> " + later.size();
            if (later.size() < first.size()) {
                return Finding.error(
                        CONSISTENCY_INVALID,
                        where,
                        "the later checkpoint (size " + later.size() + ") is smaller than the receipt's");
            }
            ConsistencyProofFile proof;
            try {
                proof = ConsistencyProofFile.parse(proofJson);
            } catch (IOException e) {
                return Finding.error(CONSISTENCY_INVALID, where, "the proof is not valid JSON: " + e.getMessage());
            }
            if (proof.size1() != first.size() || proof.size2() != later.size()) {
                return Finding.error(
                        CONSISTENCY_INVALID,
                        where,
                        "the proof is from size " + proof.size1() + " to " + proof.size2() + ", expected "
                                + first.size() + " to " + later.size());
            }
            VerificationResult v = ProofVerifier.verifyConsistency(
                    first.size(),
                    later.size(),
                    first.rootHash(),
                    Base64.getDecoder().decode(later.rootHash()),
                    proof.hashes());
            return v.valid() ? null : Finding.error(CONSISTENCY_INVALID, where, v.message());
        }
    }
}
