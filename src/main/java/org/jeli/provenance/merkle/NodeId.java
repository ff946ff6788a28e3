package org.jeli.provenance.merkle;

/**
 * Names the complete subtree at {@code level} covering leaves {@code [index·2^level,
 * (index+1)·2^level)}; level 0 names a single leaf. Such a subtree's hash never changes once all of
 * its leaves exist, so it can be stored once and read forever.
 *
 * @param level height above the leaves, 0 to 62
 * @param index position among the subtrees of that level, counted from the left
 */
public record NodeId(int level, long index) {
    /** Highest level a tree of at most {@link Long#MAX_VALUE} leaves can complete. */
    public static final int MAX_LEVEL = 62;

    public NodeId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be between 0 and " + MAX_LEVEL);
        }
        if (index < 0 || index >= (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("index is out of range for level " + level);
        }
    }

    /** Index of the first leaf the subtree covers. */
    public long firstLeaf() {
        return index << level;
    }

    /** Number of leaves the subtree covers, {@code 2^level}. */
    public long leafCount() {
        return 1L << level;
    }
}
