package org.jeli.provenance.merkle;

import java.util.List;

/**
 * The verification loops of RFC 9162 §2.1.3.2 and §2.1.4.2, with {@code fn}/{@code sn} named as in
 * the RFC, plus the same loops run on the indices alone to tell how many hashes a proof must hold.
 * Callers check that length first, so the hash loops below never run out of, or past, the proof.
 */
final class ProofShape {
    private ProofShape() {}

    /** Hashes in an inclusion proof for {@code 0 <= leafIndex < treeSize}. */
    static int inclusionLength(long leafIndex, long treeSize) {
        return steps(leafIndex, treeSize - 1);
    }

    /**
     * Hashes in a consistency proof for {@code 0 <= size1 <= size2}: none for equal sizes or size1 0;
     * otherwise one per step, plus a leading seed unless size1 is a power of two (then root1 is the
     * seed).
     */
    static int consistencyLength(long size1, long size2) {
        if (size1 == 0 || size1 == size2) {
            return 0;
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        return steps(fn, sn) + (isPowerOfTwo(size1) ? 0 : 1);
    }

    /** RFC 9162 §2.1.3.2 steps 2-4: the root the inclusion proof leads to. */
    static byte[] rootFromInclusion(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> proof) {
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return r;
    }

    /** RFC 9162 §2.1.4.2 steps 2-6 for {@code 0 < size1 < size2}: the roots {fr, sr} the proof leads to. */
    static byte[][] rootsFromConsistency(long size1, long size2, byte[] root1, List<byte[]> proof) {
        int next = 0;
        byte[] seed = isPowerOfTwo(size1) ? root1 : proof.get(next++);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = seed;
        byte[] sr = seed;
        for (; next < proof.size(); next++) {
            byte[] c = proof.get(next);
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.nodeHash(c, fr);
                sr = MerkleHash.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return new byte[][] {fr, sr};
    }

    /** How many proof hashes the loop consumes from (fn, sn) until sn reaches 0. */
    private static int steps(long fn, long sn) {
        int steps = 0;
        while (sn != 0) {
            steps++;
            if ((fn & 1) == 1 || fn == sn) {
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            fn >>= 1;
            sn >>= 1;
        }
        return steps;
    }

    private static boolean isPowerOfTwo(long n) {
        return n > 0 && (n & (n - 1)) == 0;
    }
}
