package org.jeli.storage.filesystem;

/**
 * How staging moves bytes: {@code buffers} reused buffers of {@code bufferSize} bytes circulate
 * between the writing thread and the SHA-512 thread; every {@code flushEvery} bytes the data written
 * so far is pushed to the device so write-back overlaps receiving (0 turns this off).
 */
record Tuning(int bufferSize, int buffers, long flushEvery) {
    /**
     * 1 MiB buffers, three of them, no intermediate flush: flushing every 64 MiB made no measurable
     * difference on the development VM (~0.63 vs ~0.62 GB/s for 1 GiB), so it is left off.
     */
    static final Tuning DEFAULT = new Tuning(1 << 20, 3, 0);

    Tuning {
        if (bufferSize < 1 || buffers < 2 || flushEvery < 0) {
            throw new IllegalArgumentException("invalid staging tuning");
        }
    }
}
