package org.jeli.ingest.web.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The content of one part, read straight from the shared buffer. It ends at the part's delimiter;
 * once the reader moves to the next part it is closed and reads fail.
 */
final class PartInputStream extends InputStream {
    private final BoundaryScanner scanner;
    private final byte[] one = new byte[1];
    private boolean closed;

    PartInputStream(BoundaryScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        return scanner.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        return scanner.skip(n);
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return scanner.available();
    }

    /** Marks the stream closed; the reader skips what is left when it moves to the next part. */
    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("part content stream is closed");
        }
    }
}
