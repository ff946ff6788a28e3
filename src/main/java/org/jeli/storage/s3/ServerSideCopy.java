package org.jeli.storage.s3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;

/**
 * Publishes a staging object under its final name by a copy inside the bucket (no byte leaves the
 * server): one CopyObject up to {@link S3Settings#copyThreshold()}, a multipart copy (UploadPartCopy
 * by ranges) above, as S3 copies at most 5 GiB at once. With Object Lock the retention is set in the
 * same request that creates the object, so no committed object is ever without it.
 */
final class ServerSideCopy {
    private static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final S3Settings settings;
    private final ObjectLock lock;

    ServerSideCopy(S3Client s3, S3Settings settings, ObjectLock lock) {
        this.s3 = s3;
        this.settings = settings;
        this.lock = lock;
    }

    /** @param alive called between the parts of a multipart copy (to refresh the commit lock) */
    void copy(String from, String fromVersion, String to, long size, Runnable alive) throws IOException {
        try {
            if (size <= settings.copyThreshold()) {
                CopyObjectRequest.Builder b = CopyObjectRequest.builder()
                        .sourceBucket(settings.bucket())
                        .sourceKey(from)
                        .sourceVersionId(fromVersion)
                        .destinationBucket(settings.bucket())
                        .destinationKey(to);
                if (lock.retains()) {
                    b.objectLockMode(lock.mode()).objectLockRetainUntilDate(lock.retainUntil());
                }
                s3.copyObject(b.build());
            } else {
                multipart(from, fromVersion, to, size, alive);
            }
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "copy");
        }
    }

    private void multipart(String from, String fromVersion, String to, long size, Runnable alive) throws IOException {
        CreateMultipartUploadRequest.Builder create =
                CreateMultipartUploadRequest.builder().bucket(settings.bucket()).key(to);
        if (lock.retains()) {
            create.objectLockMode(lock.mode()).objectLockRetainUntilDate(lock.retainUntil());
        }
        String uploadId = s3.createMultipartUpload(create.build()).uploadId();
        try {
            long partSize = Math.max(settings.copyPartSize(), (size + MAX_PARTS - 1) / MAX_PARTS);
            List<CompletedPart> parts = new ArrayList<>();
            for (long start = 0; start < size; start += partSize) {
                int number = parts.size() + 1;
                String range = "bytes=" + start + "-" + (Math.min(start + partSize, size) - 1);
                String etag = s3.uploadPartCopy(b -> b.sourceBucket(settings.bucket())
                                .sourceKey(from)
                                .sourceVersionId(fromVersion)
                                .destinationBucket(settings.bucket())
                                .destinationKey(to)
                                .uploadId(uploadId)
                                .partNumber(number)
                                .copySourceRange(range))
                        .copyPartResult()
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                alive.run();
            }
            s3.completeMultipartUpload(
                    b -> b.bucket(settings.bucket()).key(to).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(settings.bucket()).key(to).uploadId(uploadId));
            } catch (SdkException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
