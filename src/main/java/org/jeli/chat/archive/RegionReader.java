package org.jeli.chat.archive;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Positional reads of exact byte counts from a file channel. Positional, so several entry streams
 * of one archive can be read at once without sharing a file pointer.
 */
final class RegionReader {
    private final FileChannel channel;

    RegionReader(FileChannel channel) {
        this.channel = channel;
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Exactly {@code length} bytes at {@code position}. */
    byte[] read(long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        readFully(position, bytes, 0, length);
        return bytes;
    }

    void readFully(long position, byte[] into, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException("archive truncated");
            }
            at += n;
        }
    }
}
