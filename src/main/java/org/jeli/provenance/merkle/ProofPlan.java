package org.jeli.provenance.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which leaf ranges a root or proof consists of, in output order, from sizes alone. RFC 9162's
 * recursive PATH and SUBPROOF unrolled into loops: each step records the sibling range the
 * recursion would append after returning, so the list is reversed at the end.
 */
final class ProofPlan {
    private ProofPlan() {}

    static List<LeafRange> root(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        return size == 0 ? List.of() : List.of(new LeafRange(0, size));
    }

    /** PATH(m, D_n) of RFC 9162 §2.1.3.1. */
    static List<LeafRange> inclusion(long leafIndex, long size) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf index must be at least 0 and less than the tree size");
        }
        List<LeafRange> path = new ArrayList<>();
        long begin = 0;
        long end = size;
        while (end - begin > 1) {
            long middle = begin + LeafRange.split(end - begin);
            if (leafIndex < middle) {
                path.add(new LeafRange(middle, end));
                end = middle;
            } else {
                path.add(new LeafRange(begin, middle));
                begin = middle;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * PROOF(m, D_n) = SUBPROOF(m, D_n, true) of RFC 9162 §2.1.4.1; empty when {@code m == n} (what
     * SUBPROOF gives) and when {@code m == 0} (the empty tree is a prefix of every tree).
     */
    static List<LeafRange> consistency(long size1, long size2) {
        if (size1 < 0 || size1 > size2) {
            throw new IllegalArgumentException("sizes must satisfy 0 <= size1 <= size2");
        }
        List<LeafRange> proof = new ArrayList<>();
        if (size1 == 0) {
            return proof;
        }
        long m = size1;
        long begin = 0;
        long end = size2;
        boolean knownRoot = true;
        while (m != end - begin) {
            long k = LeafRange.split(end - begin);
            if (m <= k) {
                proof.add(new LeafRange(begin + k, end));
                end = begin + k;
            } else {
                proof.add(new LeafRange(begin, begin + k));
                m -= k;
                begin += k;
                knownRoot = false;
            }
        }
        if (!knownRoot) {
            proof.add(new LeafRange(begin, end));
        }
        Collections.reverse(proof);
        return proof;
    }

    /** The distinct stored nodes the ranges are folded from, in first-use order. */
    static List<NodeId> nodes(List<LeafRange> ranges) {
        Set<NodeId> nodes = new LinkedHashSet<>();
        for (LeafRange range : ranges) {
            nodes.addAll(range.nodes());
        }
        return List.copyOf(nodes);
    }
}
