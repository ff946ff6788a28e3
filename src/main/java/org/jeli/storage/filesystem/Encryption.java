package org.jeli.storage.filesystem;

import java.security.SecureRandom;
import java.util.Objects;
import org.jeli.storage.crypto.SegmentedAead;

/**
 * How {@link FileSystemBlobStore} encrypts new blobs: each with its own random data key, kept in
 * {@code keys}, in segments of {@code segmentSize} plaintext bytes (see {@link SegmentedAead}).
 */
public record Encryption(DataKeys keys, int segmentSize, SecureRandom random) {
    public Encryption {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(random, "random");
        if (segmentSize < SegmentedAead.MIN_SEGMENT_SIZE || segmentSize > SegmentedAead.MAX_SEGMENT_SIZE) {
            throw new IllegalArgumentException("segment size out of range");
        }
    }

    /** 1 MiB segments. */
    public static Encryption withDefaults(DataKeys keys, SecureRandom random) {
        return new Encryption(keys, SegmentedAead.DEFAULT_SEGMENT_SIZE, random);
    }
}
