package org.jeli.fixity;

/**
 * Keeps reading at or below a byte rate by telling the caller how long to sleep. Pure: time is
 * passed in (nanoseconds from any fixed origin).
 */
final class ByteRate {
    private final long bytesPerSecond;
    private final long startNanos;
    private long bytes;

    ByteRate(long bytesPerSecond, long startNanos) {
        this.bytesPerSecond = bytesPerSecond;
        this.startNanos = startNanos;
    }

    /** Records {@code n} bytes read at {@code nowNanos}; returns how many milliseconds to wait. */
    long record(long n, long nowNanos) {
        bytes += n;
        if (bytesPerSecond <= 0) {
            return 0;
        }
        long dueNanos = (long) (bytes * 1e9 / bytesPerSecond);
        long aheadNanos = dueNanos - (nowNanos - startNanos);
        return aheadNanos > 0 ? aheadNanos / 1_000_000 : 0;
    }
}
