package org.jeli.provenance.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Leaves {@code [begin, end)} whose RFC 9162 hash MTH(D[begin:end]) is wanted, where {@code begin} is
 * a multiple of the largest power of two not above the range's length. Every range that MTH, PATH
 * and SUBPROOF recurse into has this shape, and for it the RFC's split "largest power of two
 * smaller than n" always lands on stored complete subtrees: the range is a right fold of at most
 * 63 of them.
 */
record LeafRange(long begin, long end) {
    LeafRange {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("leaf range must be non-empty");
        }
        if (begin % Long.highestOneBit(end - begin) != 0) {
            throw new IllegalArgumentException("leaf range is not aligned on a subtree boundary");
        }
    }

    /** The complete subtrees that make up the range, left to right, largest first. */
    List<NodeId> nodes() {
        List<NodeId> nodes = new ArrayList<>(Long.bitCount(end - begin));
        long first = begin;
        long remaining = end - begin;
        while (remaining > 0) {
            long width = Long.highestOneBit(remaining);
            int level = Long.numberOfTrailingZeros(width);
            nodes.add(new NodeId(level, first >> level));
            first += width;
            remaining -= width;
        }
        return nodes;
    }

    /** MTH(D[begin:end]) from the hashes of {@link #nodes()}: {@code H(n0, H(n1, ... H(nk-1, nk)))}. */
    byte[] hash(Map<NodeId, byte[]> stored) {
        List<NodeId> nodes = nodes();
        byte[] hash = stored.get(nodes.get(nodes.size() - 1));
        for (int i = nodes.size() - 2; i >= 0; i--) {
            hash = MerkleHash.nodeHash(stored.get(nodes.get(i)), hash);
        }
        return hash;
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n >= 2} (RFC 9162's k). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
