package org.jeli.verify;

import static org.jeli.verify.FindingCode.CHECKPOINT_INVALID;
import static org.jeli.verify.FindingCode.CONSISTENCY_INVALID;
import static org.jeli.verify.FindingCode.KEY_NOT_TRUSTED;
import static org.jeli.verify.FindingCode.TIMESTAMP_INVALID;
import static org.jeli.verify.FindingCode.TSA_NOT_TRUSTED;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.checkpoint.CheckpointVerification;
import org.jeli.provenance.checkpoint.NoteStatus;
import org.jeli.provenance.checkpoint.NoteVerifier;
import org.jeli.provenance.checkpoint.VerifierKey;
import org.jeli.provenance.merkle.ProofVerifier;
import org.jeli.provenance.merkle.VerificationResult;
import org.jeli.provenance.timestamp.TimestampStatus;
import org.jeli.provenance.timestamp.TimestampVerification;
import org.jeli.provenance.timestamp.TimestampVerifier;
import org.jeli.verify.ItemVerdict.TimestampInfo;
import org.jeli.verify.PackageReport.CheckpointInfo;

/**
 * The log evidence in a package: checkpoints (each checked once, with the package's keys or the
 * pinned ones), consistency proofs between them, and the timestamp tokens over them. Uses the same
 * pure Merkle, note and timestamp code as the server.
 */
final class LogEvidence {
    private final PackageFiles files;
    private final String origin;
    private final NoteVerifier notes;
    private final boolean pinnedKeys;
    private final TimestampVerifier timestamps;
    private final boolean pinnedTsa;
    private final Map<Long, Checked> checkpoints = new HashMap<>();
    private final Map<Long, Stamped> stamps = new HashMap<>();

    /** A checkpoint as checked: valid with its root, or the finding that says why not. */
    record Checked(CheckpointInfo info, byte[] root, byte[] noteBytes, Finding problem) {}

    /** The first valid timestamp over a checkpoint, or the finding that says why there is none. */
    record Stamped(TimestampInfo info, Finding problem) {}

    LogEvidence(
            PackageFiles files,
            String origin,
            List<VerifierKey> keys,
            boolean pinnedKeys,
            List<X509Certificate> tsaRoots,
            boolean pinnedTsa) {
        this.files = files;
        this.origin = origin;
        this.notes = keys.isEmpty() ? null : NoteVerifier.of(keys);
        this.pinnedKeys = pinnedKeys;
        this.timestamps = tsaRoots.isEmpty() ? null : new TimestampVerifier(tsaRoots);
        this.pinnedTsa = pinnedTsa;
    }

    Checked checkpoint(long size) {
        return checkpoints.computeIfAbsent(size, this::check);
    }

    private Checked check(long size) {
        String path = PackageLayout.checkpoint(size);
        byte[] bytes;
        try {
            bytes = files.read(path, 1 << 20);
        } catch (IOException e) {
            return failed(size, Finding.error(CHECKPOINT_INVALID, path, "missing or unreadable"));
        }
        if (notes == null) {
            return failed(size, Finding.error(CHECKPOINT_INVALID, path, "no key to check its signature with"));
        }
        String note = new String(bytes, StandardCharsets.UTF_8);
        CheckpointVerification v = notes.verifyCheckpoint(note, origin);
        if (!v.isValid()) {
            FindingCode code =
                    pinnedKeys && (v.status() == NoteStatus.UNKNOWN_KEY) ? KEY_NOT_TRUSTED : CHECKPOINT_INVALID;
            return failed(size, Finding.error(code, path, describe(v)));
        }
        if (v.checkpoint().size() != size) {
            return failed(
                    size,
                    Finding.error(
                            CHECKPOINT_INVALID,
                            path,
                            "signed size " + v.checkpoint().size() + ", expected " + size));
        }
        VerifierKey signer = v.signedBy().get(0);
        CheckpointInfo info = new CheckpointInfo(
                size,
                Base64.getEncoder().encodeToString(v.checkpoint().rootHash()),
                signer.label(),
                Fingerprints.of(signer),
                true);
        return new Checked(info, v.checkpoint().rootHash(), bytes, null);
    }

    private static Checked failed(long size, Finding problem) {
        return new Checked(new CheckpointInfo(size, null, null, null, false), null, null, problem);
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

    /** Whether the package proves checkpoint {@code size1} a prefix of {@code size2}; null when it does. */
    Finding consistency(long size1, long size2) {
        if (size1 == size2) {
            return null;
        }
        String path = PackageLayout.consistency(size1, size2);
        Checked first = checkpoint(size1);
        Checked second = checkpoint(size2);
        if (first.root() == null || second.root() == null) {
            return Finding.error(CONSISTENCY_INVALID, path, "a checkpoint it links did not verify");
        }
        try {
            if (!files.exists(path)) {
                return Finding.error(CONSISTENCY_INVALID, path, "missing");
            }
            ConsistencyProofFile proof = ConsistencyProofFile.parse(files.read(path, ConsistencyProofFile.MAX_BYTES));
            if (proof.size1() != size1 || proof.size2() != size2) {
                return Finding.error(CONSISTENCY_INVALID, path, "sizes differ from the file name");
            }
            VerificationResult r =
                    ProofVerifier.verifyConsistency(size1, size2, first.root(), second.root(), proof.hashes());
            return r.valid() ? null : Finding.error(CONSISTENCY_INVALID, path, r.message());
        } catch (IOException e) {
            return Finding.error(CONSISTENCY_INVALID, path, e.getMessage());
        }
    }

    /** The first valid token over checkpoint {@code size}. */
    Stamped timestamp(long size) {
        return stamps.computeIfAbsent(size, this::stamp);
    }

    private Stamped stamp(long size) {
        Checked cp = checkpoint(size);
        String first = PackageLayout.timestamp(size, 1);
        if (cp.noteBytes() == null) {
            return new Stamped(
                    null, Finding.error(TIMESTAMP_INVALID, first, "the checkpoint it covers did not verify"));
        }
        if (timestamps == null) {
            return new Stamped(
                    null, Finding.error(TIMESTAMP_INVALID, first, "no timestamp authority root to check with"));
        }
        byte[] imprint = sha256(cp.noteBytes());
        List<String> problems = new ArrayList<>();
        boolean untrusted = false;
        for (int n = 1; files.exists(PackageLayout.timestamp(size, n)); n++) {
            String path = PackageLayout.timestamp(size, n);
            try {
                TimestampVerification v = timestamps.verify(files.read(path, 1 << 20), imprint, null);
                if (v.isValid()) {
                    return new Stamped(
                            new TimestampInfo(size, v.tsaName(), v.genTime().toString()), null);
                }
                untrusted |= v.status() == TimestampStatus.UNTRUSTED_CHAIN;
                problems.add(path + ": " + v.status() + (v.detail() == null ? "" : " (" + v.detail() + ")"));
            } catch (IOException e) {
                problems.add(path + ": unreadable");
            }
        }
        if (problems.isEmpty()) {
            return new Stamped(null, Finding.error(TIMESTAMP_INVALID, first, "no token for this checkpoint"));
        }
        FindingCode code = pinnedTsa && untrusted ? TSA_NOT_TRUSTED : TIMESTAMP_INVALID;
        return new Stamped(null, Finding.error(code, first, String.join("; ", problems)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
