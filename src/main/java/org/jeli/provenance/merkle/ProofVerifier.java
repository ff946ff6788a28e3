package org.jeli.provenance.merkle;

import static org.jeli.provenance.merkle.VerificationResult.fail;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs. Pure and total: bad input
 * of any kind yields a failed {@link VerificationResult}, never an exception. The proof length is
 * checked up front against the length the sizes call for, so a truncated or padded proof is reported
 * as {@link ProofFailure#WRONG_PROOF_LENGTH} rather than as a root mismatch.
 *
 * <p>A proof does not authenticate the tree size by itself: proofs for different sizes can share a
 * shape. Take size and root together from a verified checkpoint.
 */
public final class ProofVerifier {
    private static final HexFormat HEX = HexFormat.of();

    private ProofVerifier() {}

    /** Whether {@code proof} shows the leaf with this hash at {@code leafIndex} in the tree of that size and root. */
    public static VerificationResult verifyInclusion(
            byte[] leafHash, long leafIndex, long treeSize, List<byte[]> proof, byte[] expectedRoot) {
        if (proof == null) {
            return fail(ProofFailure.MISSING_PROOF, "a list of hashes", "null");
        }
        if (treeSize < 0) {
            return fail(ProofFailure.INVALID_SIZE, "tree size >= 0", Long.toString(treeSize));
        }
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return fail(ProofFailure.INDEX_OUT_OF_RANGE, "0 <= leaf index < " + treeSize, Long.toString(leafIndex));
        }
        int length = ProofShape.inclusionLength(leafIndex, treeSize);
        VerificationResult malformed = firstFailure(
                malformed("leaf hash", leafHash),
                malformed("root", expectedRoot),
                wrongLength(length, proof.size()),
                malformedElement(proof));
        if (malformed != null) {
            return malformed;
        }
        byte[] root = ProofShape.rootFromInclusion(leafHash, leafIndex, treeSize, proof);
        return MessageDigest.isEqual(root, expectedRoot)
                ? VerificationResult.ok()
                : fail(ProofFailure.ROOT_MISMATCH, HEX.formatHex(expectedRoot), HEX.formatHex(root));
    }

    /**
     * Whether {@code proof} shows the tree of {@code size1} leaves and {@code root1} to be a prefix of
     * the tree of {@code size2} leaves and {@code root2}. Equal sizes need an empty proof and equal
     * roots; size 0 needs an empty proof and {@code root1} equal to {@link MerkleHash#emptyRoot()}.
     */
    public static VerificationResult verifyConsistency(
            long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (proof == null) {
            return fail(ProofFailure.MISSING_PROOF, "a list of hashes", "null");
        }
        if (size1 < 0 || size2 < 0) {
            return fail(ProofFailure.INVALID_SIZE, "tree sizes >= 0", size1 + ", " + size2);
        }
        if (size1 > size2) {
            return fail(ProofFailure.SIZE_ORDER, "size1 <= " + size2, Long.toString(size1));
        }
        int length = ProofShape.consistencyLength(size1, size2);
        VerificationResult malformed = firstFailure(
                malformed("root1", root1),
                malformed("root2", root2),
                wrongLength(length, proof.size()),
                malformedElement(proof));
        if (malformed != null) {
            return malformed;
        }
        if (size1 == 0) {
            VerificationResult first = compare(ProofFailure.FIRST_ROOT_MISMATCH, MerkleHash.emptyRoot(), root1);
            return first.valid() && size2 == 0 ? compare(ProofFailure.SECOND_ROOT_MISMATCH, root1, root2) : first;
        }
        if (size1 == size2) {
            return compare(ProofFailure.SECOND_ROOT_MISMATCH, root1, root2);
        }
        byte[][] roots = ProofShape.rootsFromConsistency(size1, size2, root1, proof);
        VerificationResult first = compare(ProofFailure.FIRST_ROOT_MISMATCH, root1, roots[0]);
        return first.valid() ? compare(ProofFailure.SECOND_ROOT_MISMATCH, root2, roots[1]) : first;
    }

    private static VerificationResult compare(ProofFailure failure, byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual)
                ? VerificationResult.ok()
                : fail(failure, HEX.formatHex(expected), HEX.formatHex(actual));
    }

    private static VerificationResult wrongLength(int expected, int actual) {
        return expected == actual
                ? null
                : fail(ProofFailure.WRONG_PROOF_LENGTH, expected + " hashes", actual + " hashes");
    }

    private static VerificationResult malformed(String name, byte[] hash) {
        if (MerkleHash.isHash(hash)) {
            return null;
        }
        String found = hash == null ? "null" : hash.length + " bytes";
        return fail(ProofFailure.MALFORMED_HASH, MerkleHash.HASH_LENGTH + " bytes", name + ": " + found);
    }

    private static VerificationResult malformedElement(List<byte[]> proof) {
        for (int i = 0; i < proof.size(); i++) {
            VerificationResult malformed = malformed("proof[" + i + "]", proof.get(i));
            if (malformed != null) {
                return malformed;
            }
        }
        return null;
    }

    private static VerificationResult firstFailure(VerificationResult... checks) {
        for (VerificationResult check : checks) {
            if (check != null) {
                return check;
            }
        }
        return null;
    }
}
