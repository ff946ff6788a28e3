package org.jeli.storage.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import org.jeli.storage.BlobStore;
import org.jeli.storage.filesystem.BlobNameKey;
import org.jeli.storage.filesystem.FileSystemBlobStore;

/** Wires the configured blob store. */
public class StorageProducers {
    @Produces
    @Singleton
    BlobStore blobStore(StorageConfig config, SecureRandom random) {
        try {
            byte[] key = BlobNameKey.loadOrCreate(config.nameKeyFile(), random);
            return new FileSystemBlobStore(config.root(), key);
        } catch (IOException e) {
            throw new UncheckedIOException("the blob store could not be opened", e);
        }
    }
}
