package org.jeli.verify.receipt;

import java.util.List;
import org.jeli.verify.Finding;

/**
 * What checking a file against its receipt found. Verified only when no finding is an error.
 *
 * @param receipt the receipt as read; {@code null} when it is not a valid receipt
 * @param fileSha256 the file's SHA-256 in lowercase hex; {@code null} when it was not hashed
 * @param checkpoint the receipt's checkpoint once its signature verified; {@code null} otherwise
 * @param laterGiven whether a later checkpoint and consistency proof were given
 * @param later the later checkpoint once its signature verified; {@code null} when none was given or
 *     it did not verify
 * @param consistent whether a consistency proof showed the receipt's log to be a prefix of the later one
 * @param keysPinned whether signatures were checked with keys the user pinned (otherwise with the
 *     key the receipt carries, whose fingerprint the user should compare)
 * @param findings what does not verify, and warnings
 */
public record ReceiptReport(
        ReceiptText receipt,
        String fileSha256,
        SignedCheckpoint checkpoint,
        boolean laterGiven,
        SignedCheckpoint later,
        boolean consistent,
        boolean keysPinned,
        List<Finding> findings) {

    public ReceiptReport {
        findings = List.copyOf(findings);
    }

    /**
     * A checkpoint whose signature verified.
     *
     * @param size the tree size
     * @param rootHash the root, standard base64
     * @param signedBy the signing key's {@code name+hex8}
     * @param fingerprint SHA-256 of the signing key's public key, lowercase hex
     */
    public record SignedCheckpoint(long size, String rootHash, String signedBy, String fingerprint) {}

    /** Whether the file matches the receipt and every signature and proof given verifies. */
    public boolean verified() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
