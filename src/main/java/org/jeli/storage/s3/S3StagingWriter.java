package org.jeli.storage.s3;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.jeli.common.Digest;
import org.jeli.storage.BoundedReads;
import org.jeli.storage.crypto.KeyWrap;
import org.jeli.storage.crypto.SegmentEncryptor;
import org.jeli.storage.crypto.SegmentedAead;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.filesystem.Sha512Pipeline;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Streams a source into a new staging object {@code tmp/<random>} in one pass: each plaintext
 * segment is hashed (SHA-256 here, SHA-512 on a {@link Sha512Pipeline}), sealed in the {@link
 * SegmentedAead} format under a new data key (as the filesystem store does), and appended to the
 * one part buffer of a {@link PartUploader}. On any failure the upload is aborted and nothing stays.
 */
final class S3StagingWriter {
    static final String STAGING_PREFIX = "tmp/";
    private static final int PIPELINE_BUFFERS = 3;

    private final S3Client s3;
    private final S3Settings settings;
    private final Encryption encryption;

    /** What was written: the staging object, the plaintext's digests and size, and its data key. */
    record Written(
            String key,
            String versionId,
            Digest sha256,
            Digest sha512,
            long size,
            long storedSize,
            SecretKey dataKey) {}

    S3StagingWriter(S3Client s3, S3Settings settings, Encryption encryption) {
        this.s3 = s3;
        this.settings = settings;
        this.encryption = encryption;
    }

    Written write(InputStream source, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        String key = STAGING_PREFIX + UUID.randomUUID();
        PartUploader out = new PartUploader(s3, settings.bucket(), key, settings.partSize());
        try {
            return copyEncrypted(source, maxBytes, key, out);
        } catch (IOException | RuntimeException | Error e) {
            out.abort();
            throw e;
        }
    }

    /** One segment of lookahead tells which segment is the last, as in the filesystem store. */
    private Written copyEncrypted(InputStream source, long maxBytes, String key, PartUploader out) throws IOException {
        SecretKey dataKey = KeyWrap.newDataKey(encryption.random());
        SegmentEncryptor encryptor = new SegmentEncryptor(dataKey, encryption.segmentSize(), encryption.random());
        int segment = encryptor.segmentSize();
        byte[] sealed = new byte[segment + SegmentedAead.TAG_LENGTH];
        MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        try (Sha512Pipeline sha512 = new Sha512Pipeline(segment, PIPELINE_BUFFERS)) {
            byte[] header = encryptor.header();
            out.write(header, 0, header.length);
            long stored = header.length;
            byte[] pending = sha512.take();
            int pendingLength = BoundedReads.fill(source, pending, maxBytes);
            long total = BoundedReads.checked(pendingLength, maxBytes);
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
                sha512.hand(pending, pendingLength);
                out.write(sealed, 0, n);
                stored += n;
                if (last) {
                    break;
                }
                pending = next;
                pendingLength = nextLength;
            }
            Digest sha512Digest = sha512.finish();
            String versionId = out.finish();
            return new Written(key, versionId, Digest.sha256(sha256.digest()), sha512Digest, total, stored, dataKey);
        }
    }
}
