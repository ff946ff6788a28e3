package org.jeli.provenance.merkle;

/**
 * Why a proof did not verify. The names are stable: they appear as codes in verification reports.
 */
public enum ProofFailure {
    /** A list of proof hashes was expected and none was given. */
    MISSING_PROOF,
    /** A tree size is negative. */
    INVALID_SIZE,
    /** The leaf index is negative or not less than the tree size. */
    INDEX_OUT_OF_RANGE,
    /** The first tree of a consistency proof is larger than the second. */
    SIZE_ORDER,
    /** The proof has more or fewer hashes than the sizes (and leaf index) call for. */
    WRONG_PROOF_LENGTH,
    /** A leaf hash, root or proof element is missing or is not {@value MerkleHash#HASH_LENGTH} bytes. */
    MALFORMED_HASH,
    /** The root recomputed from an inclusion proof differs from the expected root. */
    ROOT_MISMATCH,
    /** The first (older) root recomputed from a consistency proof differs from the one given. */
    FIRST_ROOT_MISMATCH,
    /** The second (newer) root recomputed from a consistency proof differs from the one given. */
    SECOND_ROOT_MISMATCH
}
