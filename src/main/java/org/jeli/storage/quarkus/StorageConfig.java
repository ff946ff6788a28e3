package org.jeli.storage.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings of the blob store; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.storage")
public interface StorageConfig {
    /** Folder of the filesystem blob store. */
    @WithDefault("${jeli.data-dir}/blobs")
    Path root();

    /** File holding the 32-byte key that turns content hashes into storage names (created at first start). */
    @WithDefault("${jeli.data-dir}/keys/blob-names.key")
    Path nameKeyFile();

    /**
     * Whether new blobs are encrypted (AES-256-GCM, one data key per blob). Once a store has
     * encrypted, turning this off is refused at start.
     */
    @WithDefault("true")
    boolean encryption();

    /**
     * The key-encryption key as base64 of 32 bytes. Set it only through the environment
     * ({@code JELI_STORAGE_KEK}); when unset, {@link #kekFile()} is used.
     */
    Optional<String> kek();

    /** File holding the key-encryption key (32 bytes or their base64); created mode 600 when missing. */
    @WithDefault("${jeli.data-dir}/keys/kek")
    Path kekFile();

    /** Folder of the key store: one wrapped data key per encrypted blob. */
    @WithDefault("${jeli.data-dir}/keys/data-keys")
    Path dataKeyDir();

    /**
     * Root of a second blob store (another disk or mount) that the fixity audit keeps a verified copy
     * of every blob in and repairs damaged blobs from; unset means no replica.
     */
    Optional<Path> replicaRoot();

    /** The replica's wrapped data keys, kept apart from its blobs like the primary's. */
    @WithDefault("${jeli.data-dir}/keys/replica-data-keys")
    Path replicaDataKeyDir();

    /** Which blob store holds the blobs: {@code filesystem} (under {@link #root()}) or {@code s3}. */
    @WithDefault("filesystem")
    String backend();

    /** The S3-compatible store, used when {@link #backend()} is {@code s3} (ADR 0015). */
    S3 s3();

    /** Settings of the S3-compatible store; credentials only from the environment or files. */
    interface S3 {
        /** Endpoint URL (MinIO, Ceph RGW, Garage); unset for AWS S3. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** The bucket; it must exist (with Object Lock, if wanted: that is chosen at its creation). */
        Optional<String> bucket();

        /** Bucket in the path rather than the host name (MinIO, Ceph and Garage need it). */
        @WithDefault("true")
        boolean pathStyle();

        /** Access key; set it only through the environment ({@code JELI_STORAGE_S3_ACCESS_KEY}). */
        Optional<String> accessKey();

        /** Secret key; set it only through the environment ({@code JELI_STORAGE_S3_SECRET_KEY}). */
        Optional<String> secretKey();

        /** File holding the access key (used when the environment has none). */
        Optional<Path> accessKeyFile();

        /** File holding the secret key (used when the environment has none). */
        Optional<Path> secretKeyFile();

        /** Object Lock retention of committed objects: governance, compliance or none. */
        @WithDefault("governance")
        String retentionMode();

        /** How long each committed object is retained (ISO-8601 duration). */
        @WithDefault("P3650D")
        Duration retentionPeriod();

        /** Bytes per multipart-upload part (at least 5 MiB): the one buffer each upload holds. */
        @WithDefault("16777216")
        int partSize();
    }
}
