package org.jeli.provenance.merkle;

/**
 * Reads stored hashes of complete subtrees. The port through which tree computations reach storage
 * (a JDBC table in the archive, a map in tests, the proof bundle in the offline verifier).
 */
@FunctionalInterface
public interface NodeReader {
    /**
     * The stored hash of the complete subtree at {@code level} covering leaves {@code [index·2^level,
     * (index+1)·2^level)}; level 0 returns leaf hashes.
     *
     * @throws MissingNodeException (or another unchecked exception) if that subtree is not stored
     */
    byte[] subtreeHash(int level, long index);
}
