package org.jeli.storage;

import java.io.IOException;
import java.io.InputStream;

/** Reading a source into buffers without reading past a size limit: shared by the stores' staging. */
public final class BoundedReads {
    private BoundedReads() {}

    /**
     * Reads until the buffer is full or the source ends, but never more than one byte past
     * {@code allowance}, so an oversized source is detected without reading the rest of it.
     */
    public static int fill(InputStream source, byte[] buffer, long allowance) throws IOException {
        int limit = allowance < buffer.length ? (int) allowance + 1 : buffer.length;
        int filled = 0;
        while (filled < limit) {
            int n = source.read(buffer, filled, limit - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    /** {@code total}, or {@link BlobTooLargeException} when it passes {@code maxBytes}. */
    public static long checked(long total, long maxBytes) {
        if (total > maxBytes) {
            throw new BlobTooLargeException();
        }
        return total;
    }
}
