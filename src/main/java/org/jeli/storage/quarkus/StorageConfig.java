package org.jeli.storage.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
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
}
