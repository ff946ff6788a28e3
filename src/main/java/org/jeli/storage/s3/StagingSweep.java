package org.jeli.storage.s3;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Removes what crashed uploads left under {@code tmp/}: staging objects and unfinished multipart
 * uploads older than a day (never acknowledged; a day is far longer than any upload, so the
 * in-flight uploads of other instances sharing the bucket are left alone). Best effort: a server
 * that cannot list multipart uploads is simply skipped.
 */
final class StagingSweep {
    static final Duration AGE = Duration.ofDays(1);
    private static final System.Logger LOG = System.getLogger(StagingSweep.class.getName());

    private final S3Client s3;
    private final String bucket;
    private final Clock clock;

    StagingSweep(S3Client s3, String bucket, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.clock = clock;
    }

    void run() {
        Instant before = clock.instant().minus(AGE);
        try {
            s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(S3StagingWriter.STAGING_PREFIX)).contents().stream()
                    .filter(o -> o.lastModified().isBefore(before))
                    .forEach(o -> s3.deleteObject(d -> d.bucket(bucket).key(o.key())));
        } catch (SdkException e) {
            LOG.log(Level.WARNING, "storage.s3: could not sweep old staging objects ({0})", S3Failures.describe(e));
        }
        try {
            s3
                    .listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(S3StagingWriter.STAGING_PREFIX))
                    .uploads()
                    .stream()
                    .filter(u -> u.initiated() != null && u.initiated().isBefore(before))
                    .forEach(u -> s3.abortMultipartUpload(
                            a -> a.bucket(bucket).key(u.key()).uploadId(u.uploadId())));
        } catch (SdkException e) {
            LOG.log(Level.DEBUG, "storage.s3: could not list unfinished uploads ({0})", S3Failures.describe(e));
        }
    }
}
