package org.jeli.storage.filesystem;

/**
 * How staging moves bytes: {@code buffers} reused buffers of {@code bufferSize} bytes circulate
 * between the writing thread and the SHA-512 thread; every {@code flushEvery} bytes the data written
 * so far is pushed to the device in the background, so write-back overlaps receiving (0 turns this
 * off).
 */
record Tuning(int bufferSize, int buffers, long flushEvery) {
    /**
     * 1 MiB buffers, three of them, and a background write-back every 32 MiB: over HTTP, where
     * bytes arrive slower than the disk takes them, it overlaps the device writes with receiving
     * instead of leaving them all to the final fsync.
     */
    static final Tuning DEFAULT = new Tuning(1 << 20, 3, 32L << 20);

    Tuning {
        if (bufferSize < 1 || buffers < 2 || flushEvery < 0) {
            throw new IllegalArgumentException("invalid staging tuning");
        }
    }
}
