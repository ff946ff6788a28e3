package org.jeli.storage.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.jeli.storage.BlobStore;
import org.jeli.storage.Replica;
import org.jeli.storage.filesystem.BlobNameKey;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.filesystem.FileSystemBlobStore;
import org.jeli.storage.filesystem.KekFiles;

/** Wires the configured blob store. */
public class StorageProducers {
    @Produces
    @Singleton
    BlobStore blobStore(StorageConfig config, SecureRandom random, Clock clock) {
        boolean s3 = switch (config.backend()) {
            case "filesystem" -> false;
            case "s3" -> true;
            default -> throw new IllegalStateException("jeli.storage.backend must be filesystem or s3");
        };
        if (s3 && !config.encryption()) {
            throw new IllegalStateException(
                    "the S3 blob store always encrypts: jeli.storage.encryption=false is refused");
        }
        try {
            byte[] key = BlobNameKey.loadOrCreate(config.nameKeyFile(), random);
            if (!config.encryption()) {
                return new FileSystemBlobStore(config.root(), key);
            }
            DataKeys keys =
                    new DataKeys(config.dataKeyDir(), KekFiles.load(config.kek(), config.kekFile(), random), random);
            keys.checkKekMatches();
            Encryption encryption = Encryption.withDefaults(keys, random);
            if (s3) {
                return S3Wiring.open(config, key, encryption, clock);
            }
            return new FileSystemBlobStore(config.root(), key, encryption);
        } catch (IOException e) {
            throw new UncheckedIOException("the blob store could not be opened", e);
        }
    }

    @Produces
    @Singleton
    Replica replica(StorageConfig config, SecureRandom random) {
        if (config.replicaRoot().isEmpty()) {
            return new Replica(Optional.empty());
        }
        try {
            byte[] key = BlobNameKey.loadOrCreate(config.nameKeyFile(), random);
            Path root = config.replicaRoot().get();
            if (!config.encryption()) {
                return new Replica(Optional.of(new FileSystemBlobStore(root, key)));
            }
            DataKeys keys = new DataKeys(
                    config.replicaDataKeyDir(), KekFiles.load(config.kek(), config.kekFile(), random), random);
            return new Replica(Optional.of(new FileSystemBlobStore(root, key, Encryption.withDefaults(keys, random))));
        } catch (IOException e) {
            throw new UncheckedIOException("the replica blob store could not be opened", e);
        }
    }
}
