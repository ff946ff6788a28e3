package org.jeli.storage.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import org.jeli.storage.BlobIntegrityException;

/**
 * Plaintext bytes {@code [offset, offset + length)} of an encrypted blob, decrypting only the
 * segments that hold them, each authenticated in full before any of its bytes is returned. The first
 * needed segment is opened by the constructor, so damage there is reported before a caller has
 * committed to anything (an HTTP response, say). Closing the stream closes the source.
 */
public final class DecryptingInputStream extends InputStream {
    /** Reads spanning at least this many segments decrypt one segment ahead. */
    static final int READ_AHEAD_FROM_SEGMENTS = 3;

    private static final ExecutorService READ_AHEAD =
            Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "jeli-decrypt-ahead");
                t.setDaemon(true);
                return t;
            });

    private final CiphertextSource source;
    private final SecretKey key;
    private final SegmentedAead.Layout layout;
    private final byte[] aad;
    private final byte[] prefix;
    private final Cipher cipher = SegmentedAead.newCipher();
    private final LongAdder opened;
    private final boolean readAhead;
    private Slot current;
    private Slot spare;
    private Future<Slot> ahead;
    private long nextSegment;
    private final long endSegment; // exclusive
    private int pos;
    private int limit;
    private long remaining;

    /**
     * @param layout the blob's layout (see {@link #layoutOf})
     * @param opened counts the segments decrypted (for metrics and tests)
     */
    public DecryptingInputStream(
            FileChannel channel, SecretKey key, SegmentedAead.Layout layout, long offset, long length, LongAdder opened)
            throws IOException {
        this(CiphertextSource.of(channel), key, layout, offset, length, opened);
    }

    /** The same over any source of stored bytes (a remote object read by ranges, say). */
    public DecryptingInputStream(
            CiphertextSource source,
            SecretKey key,
            SegmentedAead.Layout layout,
            long offset,
            long length,
            LongAdder opened)
            throws IOException {
        if (offset < 0 || length < 0 || offset > layout.plaintextSize()) {
            throw new IllegalArgumentException("range outside the blob");
        }
        this.source = source;
        this.key = key;
        this.layout = layout;
        this.aad = layout.header().encode();
        this.prefix = layout.header().noncePrefix();
        this.opened = opened;
        int segmentSize = layout.header().segmentSize();
        this.remaining = Math.min(length, layout.plaintextSize() - offset);
        long[] segments = segmentsFor(layout, offset, length);
        long first = segments[0];
        this.nextSegment = first;
        this.endSegment = segments[1];
        boolean any = endSegment > first;
        // Long reads (downloads, not a player's seek) decrypt the next segment on another core while
        // the caller writes this one out: two segment buffers instead of one, only for those.
        this.readAhead = endSegment - first >= READ_AHEAD_FROM_SEGMENTS;
        // A blob of one segment (a chat message, a small photo) needs buffers of its size, not of a
        // whole segment: the fixity audit opens every small blob, 1 MiB each made GC the bottleneck.
        int sealed = layout.segments() == 1 ? layout.lastCiphertextLength() : segmentSize + SegmentedAead.TAG_LENGTH;
        this.current = any ? new Slot(sealed) : null;
        this.spare = any && readAhead ? new Slot(sealed) : null;
        if (any) {
            openNext();
            pos = (int) (offset - first * segmentSize);
            finishIfDone();
        }
    }

    /**
     * The segments a read of {@code [offset, offset + length)} opens: {@code {first, end}}, end
     * exclusive. A read that reaches the end also authenticates the final segment (even an empty
     * one), so a blob cut at a segment boundary can never pass for a shorter complete one.
     */
    static long[] segmentsFor(SegmentedAead.Layout layout, long offset, long length) {
        int segmentSize = layout.header().segmentSize();
        long remaining = Math.min(length, layout.plaintextSize() - offset);
        boolean toEnd = length > 0 && offset + remaining == layout.plaintextSize();
        long first = Math.min(offset / segmentSize, layout.segments() - 1);
        long end = toEnd ? layout.segments() : remaining == 0 ? first : (offset + remaining - 1) / segmentSize + 1;
        return new long[] {first, end};
    }

    /**
     * The stored bytes {@code [from, to)} a read of {@code [offset, offset + length)} needs, so a
     * remote source can ask for exactly those.
     */
    public static long[] ciphertextRangeFor(SegmentedAead.Layout layout, long offset, long length) {
        long[] s = segmentsFor(layout, offset, length);
        long from = layout.positionOf(s[0]);
        long to = s[1] == s[0] ? from : layout.positionOf(s[1] - 1) + layout.ciphertextLengthOf(s[1] - 1);
        return new long[] {from, to};
    }

    /** Reads and checks the header of an encrypted blob file and computes its layout. */
    public static SegmentedAead.Layout layoutOf(FileChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(SegmentedAead.HEADER_LENGTH);
        readFully(channel, header, 0);
        if (header.hasRemaining()) {
            throw new BlobIntegrityException("encrypted blob is truncated");
        }
        return SegmentedAead.Layout.of(SegmentedAead.Header.decode(header.array()), channel.size());
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (remaining == 0) {
            return -1;
        }
        if (pos == limit) {
            openNext();
            pos = 0;
        }
        int n = (int) Math.min(Math.min(len, limit - pos), remaining);
        System.arraycopy(current.plain, pos, b, off, n);
        pos += n;
        remaining -= n;
        finishIfDone();
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(limit - pos, remaining);
    }

    @Override
    public void close() throws IOException {
        Future<Slot> pending = ahead;
        ahead = null;
        if (pending != null) {
            pending.cancel(false);
        }
        source.close();
    }

    /** Once every requested byte was returned, authenticates what is left (an empty final segment). */
    private void finishIfDone() throws IOException {
        while (remaining == 0 && (nextSegment < endSegment || ahead != null)) {
            openNext();
        }
    }

    private void openNext() throws IOException {
        if (ahead != null) {
            Slot ready = await(ahead);
            ahead = null;
            spare = current;
            current = ready;
        } else {
            if (nextSegment >= endSegment) {
                throw new IllegalStateException("read past the requested range");
            }
            decrypt(nextSegment++, current);
        }
        limit = current.limit;
        opened.increment();
        if (readAhead && nextSegment < endSegment) {
            long i = nextSegment++;
            Slot target = spare;
            ahead = READ_AHEAD.submit(() -> {
                decrypt(i, target);
                return target;
            });
        }
    }

    /** Decrypts segment {@code i} into {@code slot}; at most one decryption runs at a time per stream. */
    private void decrypt(long i, Slot slot) throws IOException {
        int length = layout.ciphertextLengthOf(i);
        ByteBuffer buffer = ByteBuffer.wrap(slot.sealed, 0, length);
        source.readFully(buffer, layout.positionOf(i));
        if (buffer.hasRemaining()) {
            throw new BlobIntegrityException("encrypted blob is truncated");
        }
        slot.limit = SegmentedAead.open(
                cipher, key, aad, prefix, i, i == layout.segments() - 1, slot.sealed, length, slot.plain);
    }

    private static Slot await(Future<Slot> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decrypting");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("decryption failed", e.getCause());
        }
    }

    /** One segment's ciphertext and plaintext buffers. */
    private static final class Slot {
        final byte[] sealed;
        final byte[] plain;
        int limit;

        /** @param sealedCapacity the longest ciphertext (with tag) of a segment this stream opens */
        Slot(int sealedCapacity) {
            this.sealed = new byte[sealedCapacity];
            this.plain = new byte[sealedCapacity - SegmentedAead.TAG_LENGTH];
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                return;
            }
            at += n;
        }
    }
}
