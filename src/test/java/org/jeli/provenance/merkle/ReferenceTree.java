package org.jeli.provenance.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slow Merkle tree written straight from the text of RFC 9162 §2.1, sharing no code with the
 * production classes: MTH, PATH and PROOF/SUBPROOF recurse over D[begin:end] of a list of entries.
 * MTH results are cached per range (a pure function, so the cache changes nothing but speed), which
 * keeps proofs over 10^5 entries cheap after the first root.
 */
final class ReferenceTree {
    private final List<byte[]> entries;
    private final Map<Long, byte[]> mthCache = new HashMap<>();

    ReferenceTree(List<byte[]> entries) {
        this.entries = List.copyOf(entries);
    }

    /** MTH(D[0:n]). */
    byte[] root(int n) {
        return mth(0, n);
    }

    /** PATH(m, D[0:n]). */
    List<byte[]> path(int m, int n) {
        return path(m, 0, n);
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    /** MTH(D[b:e]). */
    byte[] mth(int b, int e) {
        long key = ((long) b << 32) | e;
        byte[] cached = mthCache.get(key);
        if (cached != null) {
            return cached;
        }
        int n = e - b;
        byte[] hash;
        if (n == 0) {
            hash = sha256(new byte[0]); // MTH({}) = SHA-256()
        } else if (n == 1) {
            hash = sha256(new byte[] {0x00}, entries.get(b)); // MTH({d(0)}) = SHA-256(0x00 || d(0))
        } else {
            int k = largestPowerOfTwoSmallerThan(n); // k < n <= 2k
            hash = sha256(new byte[] {0x01}, mth(b, b + k), mth(b + k, e));
        }
        mthCache.put(key, hash);
        return hash;
    }

    private List<byte[]> path(int m, int b, int e) {
        int n = e - b;
        List<byte[]> result = new ArrayList<>();
        if (n == 1) {
            return result; // PATH(0, {d(0)}) = {}
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m < k) {
            result.addAll(path(m, b, b + k)); // PATH(m, D[0:k]) : MTH(D[k:n])
            result.add(mth(b + k, e));
        } else {
            result.addAll(path(m - k, b + k, e)); // PATH(m - k, D[k:n]) : MTH(D[0:k])
            result.add(mth(b, b + k));
        }
        return result;
    }

    private List<byte[]> subproof(int m, int b, int e, boolean known) {
        int n = e - b;
        List<byte[]> result = new ArrayList<>();
        if (m == n) {
            if (!known) {
                result.add(mth(b, e)); // SUBPROOF(m, D[m], false) = {MTH(D[m])}
            }
            return result; // SUBPROOF(m, D[m], true) = {}
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m <= k) {
            result.addAll(subproof(m, b, b + k, known)); // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
            result.add(mth(b + k, e));
        } else {
            result.addAll(subproof(m - k, b + k, e, false)); // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
            result.add(mth(b, b + k));
        }
        return result;
    }

    private static int largestPowerOfTwoSmallerThan(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
