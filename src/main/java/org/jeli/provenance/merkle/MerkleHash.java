package org.jeli.provenance.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 9162 §2.1.1 hashes with SHA-256: leaves are {@code SHA-256(0x00 || entry)}, interior nodes
 * {@code SHA-256(0x01 || left || right)}, the empty tree {@code SHA-256("")}. The distinct prefixes
 * keep a leaf from ever being passed off as an interior node (second-preimage resistance).
 */
public final class MerkleHash {
    /** Length in bytes of every hash in the tree. */
    public static final int HASH_LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleHash() {}

    /** {@code SHA-256(0x00 || entryBytes)}: the leaf hash of one log entry. */
    public static byte[] leafHash(byte[] entryBytes) {
        if (entryBytes == null) {
            throw new IllegalArgumentException("entry bytes are missing");
        }
        MessageDigest sha256 = sha256();
        sha256.update(LEAF_PREFIX);
        sha256.update(entryBytes);
        return sha256.digest();
    }

    /** {@code SHA-256(0x01 || left || right)}: the hash of an interior node. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash(left, "left child");
        requireHash(right, "right child");
        MessageDigest sha256 = sha256();
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /** {@code SHA-256("")}: the root of the tree with no entries. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    static boolean isHash(byte[] hash) {
        return hash != null && hash.length == HASH_LENGTH;
    }

    static void requireHash(byte[] hash, String what) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException(what + " must be a " + HASH_LENGTH + "-byte hash");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }
}
