package org.jeli.storage.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
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
    BlobStore blobStore(StorageConfig config, SecureRandom random) {
        try {
            byte[] key = BlobNameKey.loadOrCreate(config.nameKeyFile(), random);
            if (!config.encryption()) {
                return new FileSystemBlobStore(config.root(), key);
            }
            DataKeys keys =
                    new DataKeys(config.dataKeyDir(), KekFiles.load(config.kek(), config.kekFile(), random), random);
            keys.checkKekMatches();
            return new FileSystemBlobStore(config.root(), key, Encryption.withDefaults(keys, random));
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
