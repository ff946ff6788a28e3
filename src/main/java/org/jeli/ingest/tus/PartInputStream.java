package org.jeli.ingest.tus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.crypto.Cipher;

/** The decrypted bytes of an upload's segments in order, at most {@code length} of them. */
final class PartInputStream extends InputStream {
    private static final int BUFFER = 256 * 1024;

    private final List<PartFiles.Segment> segments;
    private final byte[] key;
    private final byte[] cipherText = new byte[BUFFER];
    private final byte[] plain = new byte[BUFFER];
    private long remaining;
    private int index = -1;
    private FileChannel channel;
    private Cipher cipher;
    private int pos;
    private int limit;

    PartInputStream(List<PartFiles.Segment> segments, byte[] key, long length) {
        this.segments = segments;
        this.key = key.clone();
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == limit) {
            if (remaining == 0 || !fill()) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() throws IOException {
        if (channel == null && !nextSegment()) {
            return false;
        }
        int want = (int) Math.min(BUFFER, remaining);
        ByteBuffer buffer = ByteBuffer.wrap(cipherText, 0, want);
        int r = channel.read(buffer);
        if (r < 0) {
            channel.close();
            channel = null;
            return true;
        }
        limit = PartCipher.update(cipher, cipherText, r, plain);
        pos = 0;
        remaining -= limit;
        return true;
    }

    private boolean nextSegment() throws IOException {
        index++;
        if (index >= segments.size()) {
            return false;
        }
        channel = FileChannel.open(segments.get(index).file(), StandardOpenOption.READ);
        ByteBuffer iv = ByteBuffer.allocate(PartFiles.IV_LENGTH);
        while (iv.hasRemaining()) {
            if (channel.read(iv) < 0) {
                throw new IOException("a part segment is truncated");
            }
        }
        cipher = PartCipher.of(key, iv.array());
        return true;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
