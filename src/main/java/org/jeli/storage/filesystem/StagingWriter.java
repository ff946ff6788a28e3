package org.jeli.storage.filesystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import javax.crypto.SecretKey;
import org.jeli.common.Digest;
import org.jeli.storage.BlobTooLargeException;
import org.jeli.storage.BoundedReads;
import org.jeli.storage.crypto.KeyWrap;
import org.jeli.storage.crypto.SegmentEncryptor;
import org.jeli.storage.crypto.SegmentedAead;

/**
 * Streams a source into a new temporary file in one pass, computing SHA-256 (on this thread) and
 * SHA-512 (on a {@link Sha512Pipeline}) from the very buffers that are written (and, when encrypting,
 * sealed one segment per buffer), then forces the file to the device. On any failure the temporary file is deleted before the exception leaves.
 */
final class StagingWriter {
    private final Path tmpDir;
    private final Tuning tuning;

    private final Encryption encryption;

    /**
     * What was written: a durable temporary file, the plaintext's digests and size, and the data key
     * the file is encrypted with ({@code null} when it holds plaintext).
     */
    record Written(Path file, Digest sha256, Digest sha512, long size, SecretKey dataKey) {}

    /** @param encryption how to encrypt, or {@code null} to write plaintext */
    StagingWriter(Path tmpDir, Tuning tuning, Encryption encryption) {
        this.tmpDir = tmpDir;
        this.tuning = tuning;
        this.encryption = encryption;
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
            return encryption == null ? copy(source, maxBytes, file) : copyEncrypted(source, maxBytes, file);
        } catch (IOException e) {
            deleteQuietly(file, e);
            throw DiskFull.translate(e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(file, e);
            throw e;
        }
    }

    /**
     * Like {@link #write} for content already in memory and no longer than one buffer (one
     * encryption segment): both digests on this thread, no helper thread or buffer pool, the same
     * file format and the same fsync. Longer content goes through {@link #write}.
     */
    Written writeSmall(byte[] content) throws IOException {
        int limit = encryption == null ? tuning.bufferSize() : encryption.segmentSize();
        if (content.length > limit) {
            return write(new java.io.ByteArrayInputStream(content), content.length);
        }
        Path file;
        try {
            file = Files.createTempFile(tmpDir, "stage-", ".tmp");
        } catch (IOException e) {
            throw DiskFull.translate(e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            SecretKey dataKey = null;
            if (encryption == null) {
                writeFully(channel, content, content.length);
            } else {
                dataKey = KeyWrap.newDataKey(encryption.random());
                SegmentEncryptor encryptor =
                        new SegmentEncryptor(dataKey, encryption.segmentSize(), encryption.random());
                byte[] header = encryptor.header();
                writeFully(channel, header, header.length);
                byte[] sealed = new byte[content.length + SegmentedAead.TAG_LENGTH];
                writeFully(channel, sealed, encryptor.seal(content, content.length, true, sealed));
            }
            channel.force(true);
            Digest sha256 =
                    Digest.sha256(Digest.Algorithm.SHA256.newMessageDigest().digest(content));
            Digest sha512 = Digest.of(
                    Digest.Algorithm.SHA512,
                    Digest.Algorithm.SHA512.newMessageDigest().digest(content));
            return new Written(file, sha256, sha512, content.length, dataKey);
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
                int n = BoundedReads.fill(source, buffer, maxBytes - total);
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
            return new Written(file, Digest.sha256(sha256.digest()), sha512Digest, total, null);
        }
    }

    /**
     * Like {@link #copy}, but writes the {@link org.jeli.storage.crypto.SegmentedAead} format under a
     * new data key: buffers are one segment each, and the next segment is read before the current
     * one is sealed, to know whether it is the last. Hashes cover the plaintext.
     */
    private Written copyEncrypted(InputStream source, long maxBytes, Path file) throws IOException {
        SecretKey dataKey = KeyWrap.newDataKey(encryption.random());
        SegmentEncryptor encryptor = new SegmentEncryptor(dataKey, encryption.segmentSize(), encryption.random());
        int segment = encryptor.segmentSize();
        byte[] sealed = new byte[segment + SegmentedAead.TAG_LENGTH];
        MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        long total = 0;
        long flushedAt = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                Sha512Pipeline sha512 = new Sha512Pipeline(segment, tuning.buffers());
                WriteBack writeBack = new WriteBack(channel)) {
            byte[] header = encryptor.header();
            writeFully(channel, header, header.length);
            byte[] pending = sha512.take();
            int pendingLength = BoundedReads.fill(source, pending, maxBytes);
            total = BoundedReads.checked(pendingLength, maxBytes);
            while (true) {
                byte[] next = null;
                int nextLength = 0;
                if (pendingLength == segment) { // a short fill means the source ended
                    next = sha512.take();
                    nextLength = BoundedReads.fill(source, next, maxBytes - total);
                    total = BoundedReads.checked(total + nextLength, maxBytes);
                }
                boolean last = nextLength == 0;
                sha256.update(pending, 0, pendingLength);
                int n = encryptor.seal(pending, pendingLength, last, sealed);
                writeFully(channel, sealed, n);
                sha512.hand(pending, pendingLength);
                if (tuning.flushEvery() > 0 && total - flushedAt >= tuning.flushEvery()) {
                    writeBack.nudge();
                    flushedAt = total;
                }
                if (last) {
                    break;
                }
                pending = next;
                pendingLength = nextLength;
            }
            writeBack.close();
            channel.force(true);
            Digest sha512Digest = sha512.finish();
            return new Written(file, Digest.sha256(sha256.digest()), sha512Digest, total, dataKey);
        }
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
