package org.jeli.storage.filesystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import org.jeli.common.Digest;
import org.jeli.storage.BlobTooLargeException;

/**
 * Streams a source into a new temporary file in one pass, computing SHA-256 (on this thread) and
 * SHA-512 (on a {@link Sha512Pipeline}) from the very buffers that are written, then forces the file
 * to the device. On any failure the temporary file is deleted before the exception leaves.
 */
final class StagingWriter {
    private final Path tmpDir;
    private final Tuning tuning;

    /** What was written: a durable temporary file and its digests. */
    record Written(Path file, Digest sha256, Digest sha512, long size) {}

    StagingWriter(Path tmpDir, Tuning tuning) {
        this.tmpDir = tmpDir;
        this.tuning = tuning;
    }

    Written write(InputStream source, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        Path file;
        try {
            file = Files.createTempFile(tmpDir, "stage-", ".tmp");
        } catch (IOException e) {
            throw DiskFull.translate(e);
        }
        try {
            return copy(source, maxBytes, file);
        } catch (IOException e) {
            deleteQuietly(file, e);
            throw DiskFull.translate(e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(file, e);
            throw e;
        }
    }

    private Written copy(InputStream source, long maxBytes, Path file) throws IOException {
        MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        long total = 0;
        long flushedAt = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                Sha512Pipeline sha512 = new Sha512Pipeline(tuning.bufferSize(), tuning.buffers());
                WriteBack writeBack = new WriteBack(channel)) {
            while (true) {
                byte[] buffer = sha512.take();
                int n = fill(source, buffer, maxBytes - total);
                if (n == 0) {
                    break;
                }
                total += n;
                if (total > maxBytes) {
                    throw new BlobTooLargeException();
                }
                sha256.update(buffer, 0, n);
                writeFully(channel, buffer, n);
                sha512.hand(buffer, n);
                if (tuning.flushEvery() > 0 && total - flushedAt >= tuning.flushEvery()) {
                    writeBack.nudge();
                    flushedAt = total;
                }
            }
            writeBack.close();
            channel.force(true); // the worker hashes its last buffers meanwhile
            Digest sha512Digest = sha512.finish();
            return new Written(file, Digest.sha256(sha256.digest()), sha512Digest, total);
        }
    }

    /**
     * Reads until the buffer is full or the source ends, but never more than one byte past
     * {@code allowance}, so an oversized source is detected without reading the rest of it.
     */
    private static int fill(InputStream source, byte[] buffer, long allowance) throws IOException {
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

    private static void writeFully(FileChannel channel, byte[] buffer, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    static void deleteQuietly(Path file, Throwable failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
