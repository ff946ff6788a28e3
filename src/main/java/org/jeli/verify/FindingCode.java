package org.jeli.verify;

/**
 * What the verifier found wrong (or worth a warning). The names are stable codes: they appear in
 * JSON reports and in docs/evidence-packages.md; each has a sentence in English and French in
 * {@code messages*.properties}.
 */
public enum FindingCode {
    // The bag (RFC 8493)
    /** The package cannot be opened or holds no bagit.txt. */
    NOT_A_BAG,
    /** bagit.txt is not BagIt 1.0 in UTF-8. */
    BAGIT_DECLARATION_INVALID,
    /** bag-info.txt is missing or unreadable. */
    BAG_INFO_INVALID,
    /** Payload-Oxum in bag-info.txt does not match the payload's size and file count. */
    PAYLOAD_OXUM_MISMATCH,
    /** A payload or tag manifest that the package needs is missing. */
    MANIFEST_MISSING,
    /** A manifest line is not {@code <hex>  <path>} or names a path outside its scope. */
    MANIFEST_MALFORMED,
    /** A file listed in a manifest is not in the package. */
    FILE_MISSING,
    /** A payload file is not listed in a payload manifest. */
    PAYLOAD_FILE_NOT_IN_MANIFEST,
    /** A tag file is not listed in a tag manifest. */
    TAG_FILE_NOT_IN_MANIFEST,
    /** A file cannot be read to the end (e.g. a zip entry whose CRC fails: the zip was altered). */
    FILE_UNREADABLE,
    /** A file's bytes do not hash to the value its manifest records. */
    HASH_MISMATCH,
    // The package description
    /** jeli/package.json is missing, unreadable or not this format. */
    PACKAGE_DESCRIPTION_INVALID,
    /** An item's payload or provenance file is missing or its recorded hash differs. */
    ITEM_FILE_INVALID,
    // The log
    /** jeli/log/keys.json is missing or holds an invalid key. */
    KEYS_INVALID,
    /** The checkpoint is missing, malformed, from another log, or its signature does not verify. */
    CHECKPOINT_INVALID,
    /** The checkpoint was not signed by a key the user pinned with --trusted-key. */
    KEY_NOT_TRUSTED,
    /** A consistency proof between two checkpoints does not verify. */
    CONSISTENCY_INVALID,
    /** A custody entry is malformed, or not about this item or its bytes. */
    ENTRY_INVALID,
    /** A custody entry's inclusion proof does not lead to the checkpoint's root. */
    ENTRY_NOT_INCLUDED,
    /** The log holds no submission entry for these bytes, or it records other hashes or size. */
    SUBMISSION_MISMATCH,
    /** A timestamp token does not verify, or covers another checkpoint. */
    TIMESTAMP_INVALID,
    /** No timestamp covers the item's submission (a warning unless timestamps are required). */
    TIMESTAMP_MISSING,
    /** The timestamp authority's root was not the one pinned with --trusted-tsa-root. */
    TSA_NOT_TRUSTED,
    // Receipts
    /** The receipt is not a Jeli receipt. */
    RECEIPT_INVALID,
    /** The file's SHA-256 differs from the one on the receipt. */
    RECEIPT_HASH_MISMATCH
}
