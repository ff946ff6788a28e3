package org.jeli.storage.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Settings of the blob store; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.storage")
public interface StorageConfig {
    /** Folder of the filesystem blob store. */
    @WithDefault("${jeli.data-dir}/blobs")
    Path root();

    /** File holding the 32-byte key that turns content hashes into storage names (created at first start). */
    @WithDefault("${jeli.data-dir}/keys/blob-names.key")
    Path nameKeyFile();
}
