package org.jeli.provenance;

import java.util.ArrayList;
import java.util.List;
import org.jeli.provenance.merkle.MerkleHash;

/**
 * Computes the RFC 9162 root of a growing list of leaf hashes in O(log n) memory: it keeps the
 * roots of the perfect subtrees that make up the current size (its binary decomposition).
 */
final class RootAccumulator {
    private final List<byte[]> peaks = new ArrayList<>();
    private final List<Long> peakSizes = new ArrayList<>();
    private long size;

    void add(byte[] leafHash) {
        byte[] hash = leafHash;
        long width = 1;
        while (!peaks.isEmpty() && peakSizes.get(peakSizes.size() - 1) == width) {
            hash = MerkleHash.nodeHash(peaks.remove(peaks.size() - 1), hash);
            peakSizes.remove(peakSizes.size() - 1);
            width *= 2;
        }
        peaks.add(hash);
        peakSizes.add(width);
        size++;
    }

    long size() {
        return size;
    }

    /** The root of all leaves added so far. */
    byte[] root() {
        if (peaks.isEmpty()) {
            return MerkleHash.emptyRoot();
        }
        byte[] h = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            h = MerkleHash.nodeHash(peaks.get(i), h);
        }
        return h;
    }
}
