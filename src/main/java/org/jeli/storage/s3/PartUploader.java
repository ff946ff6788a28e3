package org.jeli.storage.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Writes one object as a stream through a single part buffer: an object that fits in the buffer is
 * one PutObject; a larger one becomes a multipart upload whose parts are sent as the buffer fills.
 * Each request carries the Content-MD5 of its bytes, so the server refuses bytes damaged in transit.
 * Not thread-safe.
 */
final class PartUploader {
    private static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final byte[] part;
    private final List<CompletedPart> parts = new ArrayList<>();
    private int filled;
    private String uploadId;
    private boolean finished;

    PartUploader(S3Client s3, String bucket, String key, int partSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.part = new byte[partSize];
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        int off = offset;
        int len = length;
        while (len > 0) {
            if (filled == part.length) {
                sendPart();
            }
            int n = Math.min(len, part.length - filled);
            System.arraycopy(bytes, off, part, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    /** Sends what is buffered and completes the object; returns its version id (null when unversioned). */
    String finish() throws IOException {
        finished = true;
        try {
            if (uploadId == null) {
                return s3.putObject(
                                b -> b.bucket(bucket)
                                        .key(key)
                                        .contentLength((long) filled)
                                        .contentMD5(md5(filled)),
                                RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, filled), filled))
                        .versionId();
            }
            if (filled > 0) {
                sendPart();
            }
            return s3.completeMultipartUpload(
                            b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)))
                    .versionId();
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "upload");
        }
    }

    /** Abandons an unfinished multipart upload (its parts are freed). Never throws. */
    void abort() {
        if (uploadId != null && !finished) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            } catch (SdkException e) {
                // the store's start-up sweep (or a bucket lifecycle rule) removes it later
            }
        }
    }

    private void sendPart() throws IOException {
        try {
            if (uploadId == null) {
                uploadId =
                        s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
            }
            int number = parts.size() + 1;
            if (number > MAX_PARTS) {
                throw new IOException("object too large for the configured S3 part size (10,000 parts)");
            }
            String etag = s3.uploadPart(
                            b -> b.bucket(bucket)
                                    .key(key)
                                    .uploadId(uploadId)
                                    .partNumber(number)
                                    .contentLength((long) filled)
                                    .contentMD5(md5(filled)),
                            RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, filled), filled))
                    .eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            filled = 0;
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "part upload");
        }
    }

    private String md5(int length) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(part, 0, length);
            return Base64.getEncoder().encodeToString(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks MD5", e);
        }
    }
}
