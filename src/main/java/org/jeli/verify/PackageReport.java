package org.jeli.verify;

import java.util.List;

/**
 * Everything the verifier found about one package: verification results as data. {@link
 * #verified()} is true only when no finding anywhere is an error.
 *
 * @param source the file or folder verified
 * @param exportId the package's export id, or null when unreadable
 * @param origin the log the package claims to come from, or null
 * @param checkpoint the checkpoint every entry is proven against, or null when it is unreadable
 * @param latest the newest checkpoint at export time (equal to {@code checkpoint} or proven
 *     consistent with it), or null
 * @param keys the checkpoint keys the package carries, with fingerprints
 * @param tsaRoots the timestamp authority roots trusted, as {@code subject (SHA-256 fingerprint)}
 * @param items a verdict per item
 * @param findings problems with the package as a whole (bag, description, keys, checkpoints)
 * @param payloadFiles number of payload files
 * @param payloadBytes their total size
 */
public record PackageReport(
        String source,
        String exportId,
        String origin,
        CheckpointInfo checkpoint,
        CheckpointInfo latest,
        List<KeyInfo> keys,
        List<String> tsaRoots,
        List<ItemVerdict> items,
        List<Finding> findings,
        int payloadFiles,
        long payloadBytes) {

    public PackageReport {
        keys = List.copyOf(keys);
        tsaRoots = List.copyOf(tsaRoots);
        items = List.copyOf(items);
        findings = List.copyOf(findings);
    }

    public boolean verified() {
        return findings.stream().noneMatch(Finding::isError) && items.stream().allMatch(ItemVerdict::verified);
    }

    /** Every finding, the package's first and then each item's. */
    public List<Finding> allFindings() {
        List<Finding> all = new java.util.ArrayList<>(findings);
        items.forEach(i -> all.addAll(i.findings()));
        return all;
    }

    /**
     * A checkpoint and who signed it.
     *
     * @param size tree size
     * @param rootHash root hash, standard base64
     * @param signedBy key label {@code name+keyid}, or null when no trusted signature verified
     * @param fingerprint SHA-256 fingerprint of the signing key, or null
     * @param valid whether the signature verified and the checkpoint parsed
     */
    public record CheckpointInfo(long size, String rootHash, String signedBy, String fingerprint, boolean valid) {}

    /**
     * A checkpoint key as the package describes it.
     *
     * @param label {@code name+keyid}
     * @param fingerprint SHA-256 of the 32-byte Ed25519 public key, hex
     * @param validFrom when it began signing
     * @param validUntil when it was retired, or null while current at export
     * @param pinned whether the user's --trusted-key list holds it
     */
    public record KeyInfo(String label, String fingerprint, String validFrom, String validUntil, boolean pinned) {}
}
