package org.jeli.storage.quarkus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jeli.storage.BlobStore;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.s3.S3BlobStore;
import org.jeli.storage.s3.S3Clients;
import org.jeli.storage.s3.S3Settings;

/** Opens the S3 blob store from configuration ({@code jeli.storage.backend=s3}). */
final class S3Wiring {
    /**
     * Folder of {@code S3BlobStore}'s cross-instance commit locks, beside the key store (shared by
     * the instances like it) but outside it, so key backups never carry a lock.
     */
    static final String COMMIT_LOCKS = "s3-commit-locks";

    private S3Wiring() {}

    static BlobStore open(StorageConfig config, byte[] nameKey, Encryption encryption, Clock clock) throws IOException {
        StorageConfig.S3 s3 = config.s3();
        S3Settings settings = S3Settings.of(
                s3.bucket().orElse(""),
                s3.partSize(),
                S3Settings.Retention.parse(s3.retentionMode()),
                s3.retentionPeriod());
        var client = S3Clients.create(
                s3.endpoint(),
                s3.region(),
                s3.pathStyle(),
                secret(s3.accessKey(), s3.accessKeyFile()),
                secret(s3.secretKey(), s3.secretKeyFile()));
        return new S3BlobStore(
                client,
                settings,
                nameKey,
                encryption,
                config.dataKeyDir().toAbsolutePath().resolveSibling(COMMIT_LOCKS),
                clock);
    }

    /** The value from the environment, else the file's content (trimmed), else nothing. */
    static Optional<String> secret(Optional<String> fromEnvironment, Optional<Path> file) throws IOException {
        if (fromEnvironment.filter(v -> !v.isBlank()).isPresent()) {
            return fromEnvironment;
        }
        if (file.isPresent()) {
            return Optional.of(
                    Files.readString(file.get(), StandardCharsets.UTF_8).strip());
        }
        return Optional.empty();
    }
}
