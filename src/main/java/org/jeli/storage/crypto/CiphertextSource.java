package org.jeli.storage.crypto;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Where a {@link DecryptingInputStream} reads stored (encrypted) bytes from: a local file, or an
 * object in a remote store read by ranges. Reads arrive in increasing, contiguous order, one at a
 * time (possibly from another thread than the previous one, after it finished).
 */
public interface CiphertextSource extends Closeable {

    /**
     * Reads stored bytes from {@code position} until {@code buffer} is full or the stored bytes end
     * (then leaving it with remaining space).
     */
    void readFully(ByteBuffer buffer, long position) throws IOException;

    /** A file, read at absolute positions. */
    static CiphertextSource of(FileChannel channel) {
        return new CiphertextSource() {
            @Override
            public void readFully(ByteBuffer buffer, long position) throws IOException {
                long at = position;
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, at);
                    if (n < 0) {
                        return;
                    }
                    at += n;
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
