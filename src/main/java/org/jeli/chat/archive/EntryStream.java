package org.jeli.chat.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.RefusalReason;

/**
 * The inflated bytes of one entry, counted as they come: one byte more than the declared size or
 * than the entry limit stops the read with a refusal, so a lying central directory cannot make it
 * inflate more than the limits allow (declared sizes and ratios were checked against the limits when
 * the archive was opened, and compressed spans were shown not to overlap). At the end the size and
 * CRC-32 must match what the central directory declared.
 */
final class EntryStream extends InputStream {
    private final RegionReader file;
    private final ArchiveEntry entry;
    private final ArchiveLimits limits;
    private final Inflater inflater;
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[16 * 1024];
    private long rawRead;
    private long produced;
    private boolean dummyFed;
    private boolean done;

    EntryStream(RegionReader file, ArchiveEntry entry, ArchiveLimits limits) {
        this.file = file;
        this.entry = entry;
        this.limits = limits;
        this.inflater = entry.method() == 8 ? new Inflater(true) : null;
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
        if (done) {
            return -1;
        }
        int n = inflater == null ? readStored(b, off, len) : readDeflated(b, off, len);
        if (n < 0) {
            finish();
            return -1;
        }
        count(b, off, n);
        return n;
    }

    private int readStored(byte[] b, int off, int len) throws IOException {
        long left = entry.compressedSize() - rawRead;
        if (left == 0) {
            return -1;
        }
        int n = (int) Math.min(len, left);
        file.readFully(entry.dataOffset() + rawRead, b, off, n);
        rawRead += n;
        return n;
    }

    private int readDeflated(byte[] b, int off, int len) throws IOException {
        try {
            while (true) {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    return n;
                }
                if (inflater.finished()) {
                    return -1;
                }
                if (inflater.needsDictionary() || !inflater.needsInput()) {
                    throw refused(RefusalReason.NOT_A_ZIP);
                }
                feed();
            }
        } catch (DataFormatException e) {
            throw new ChatImportRefusedException(RefusalReason.NOT_A_ZIP, e);
        }
    }

    /** Gives the inflater more compressed bytes; at their end, the one dummy byte raw inflate may need. */
    private void feed() throws IOException {
        long left = entry.compressedSize() - rawRead;
        if (left > 0) {
            int n = (int) Math.min(input.length, left);
            file.readFully(entry.dataOffset() + rawRead, input, 0, n);
            rawRead += n;
            inflater.setInput(input, 0, n);
        } else if (!dummyFed) {
            dummyFed = true;
            inflater.setInput(new byte[1], 0, 1);
        } else {
            throw refused(RefusalReason.NOT_A_ZIP);
        }
    }

    private void count(byte[] b, int off, int n) {
        produced += n;
        if (produced > limits.maxEntryBytes()) {
            throw refused(RefusalReason.ENTRY_TOO_LARGE);
        }
        if (produced > entry.size()) {
            throw refused(RefusalReason.SIZE_MISMATCH);
        }
        crc.update(b, off, n);
    }

    private void finish() {
        done = true;
        if (produced != entry.size()) {
            throw refused(RefusalReason.SIZE_MISMATCH);
        }
        if (crc.getValue() != entry.crc()) {
            throw refused(RefusalReason.CRC_MISMATCH);
        }
    }

    @Override
    public void close() {
        done = true;
        if (inflater != null) {
            inflater.end();
        }
    }

    private static ChatImportRefusedException refused(RefusalReason reason) {
        return new ChatImportRefusedException(reason);
    }
}
