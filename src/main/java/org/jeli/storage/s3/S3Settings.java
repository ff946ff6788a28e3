package org.jeli.storage.s3;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link S3BlobStore} uses its bucket.
 *
 * @param bucket the bucket holding {@code objects/} and {@code tmp/}
 * @param partSize bytes per multipart-upload part, and so the one buffer an upload holds (at least
 *     5 MiB, S3's minimum for all parts but the last)
 * @param retention the Object Lock retention mode given to each committed object when the bucket has
 *     Object Lock
 * @param retentionPeriod how long each committed object is retained from its commit
 * @param copyThreshold staged objects above this size are published by a multipart copy (S3's single
 *     copy stops at 5 GiB)
 * @param copyPartSize bytes per part of a multipart copy (at most 5 GiB)
 */
public record S3Settings(
        String bucket,
        int partSize,
        Retention retention,
        Duration retentionPeriod,
        long copyThreshold,
        long copyPartSize) {
    /** S3's smallest part (all parts of a multipart upload but the last). */
    public static final int MIN_PART_SIZE = 5 << 20;

    public static final long MAX_SINGLE_COPY = 5L << 30;

    /** Object Lock retention mode of committed objects. */
    public enum Retention {
        GOVERNANCE,
        COMPLIANCE,
        NONE;

        /** Parses {@code governance}, {@code compliance} or {@code none} (any case). */
        public static Retention parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("retention mode must be governance, compliance or none");
            }
        }
    }

    public S3Settings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(retentionPeriod, "retentionPeriod");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("the S3 bucket must be configured (jeli.storage.s3.bucket)");
        }
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("the S3 part size must be at least 5 MiB");
        }
        if (retentionPeriod.isNegative() || retentionPeriod.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive");
        }
        if (copyThreshold < 1 || copyThreshold > MAX_SINGLE_COPY) {
            throw new IllegalArgumentException("the copy threshold must be between 1 byte and 5 GiB");
        }
        if (copyPartSize < MIN_PART_SIZE || copyPartSize > MAX_SINGLE_COPY) {
            throw new IllegalArgumentException("the copy part size must be between 5 MiB and 5 GiB");
        }
    }

    /** Single copies up to 5 GiB, multipart copies in 512 MiB parts above. */
    public static S3Settings of(String bucket, int partSize, Retention retention, Duration retentionPeriod) {
        return new S3Settings(bucket, partSize, retention, retentionPeriod, MAX_SINGLE_COPY, 512L << 20);
    }
}
