package org.jeli.storage.s3;

import java.io.IOException;
import org.jeli.storage.BlobIntegrityException;
import org.jeli.storage.BlobNotFoundException;
import org.jeli.storage.crypto.SegmentedAead;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The 20-byte header of a stored object, fetched by one ranged GET that also tells the object's
 * size ({@code Content-Range: bytes 0-19/<size>}) and version: the layout of the blob, and the
 * version that later range reads pin, so a read never mixes two versions.
 */
record ObjectHead(SegmentedAead.Layout layout, String versionId) {

    static ObjectHead of(S3Client s3, String bucket, String key) throws IOException {
        byte[] header = new byte[SegmentedAead.HEADER_LENGTH];
        try (var in = s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=0-" + (header.length - 1)))) {
            int got = in.readNBytes(header, 0, header.length);
            String contentRange = in.response().contentRange();
            if (contentRange == null) {
                in.abort(); // the server ignored the range: do not drain the whole object
            }
            long total = totalOf(contentRange, in.response().contentLength());
            if (got < header.length) {
                throw new BlobIntegrityException("encrypted blob is truncated");
            }
            return new ObjectHead(
                    SegmentedAead.Layout.of(SegmentedAead.Header.decode(header), total),
                    in.response().versionId());
        } catch (S3Exception e) {
            if (S3Failures.isNotFound(e)) {
                throw new BlobNotFoundException(e);
            }
            throw S3Failures.orIo(e, "read");
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "read");
        }
    }

    private static long totalOf(String contentRange, Long contentLength) throws IOException {
        if (contentRange == null) {
            return contentLength;
        }
        try {
            return Long.parseLong(
                    contentRange.substring(contentRange.lastIndexOf('/') + 1).strip());
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IOException("S3 read failed (no object size in Content-Range)");
        }
    }
}
