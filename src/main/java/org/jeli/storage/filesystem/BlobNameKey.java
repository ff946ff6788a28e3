package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The secret that turns content hashes into stored names (see {@link FileSystemBlobStore}). Losing
 * it makes stored blobs unfindable by hash; leaking it lets anyone holding a file test whether the
 * archive has it. Keep it with the backups of the store, readable only by the service.
 */
public final class BlobNameKey {
    /** Length of a generated key, in bytes. */
    public static final int LENGTH = 32;

    private BlobNameKey() {}

    /**
     * Reads the key from {@code keyFile}, or on first start creates it: {@value #LENGTH} bytes from
     * {@code random}, written owner-only ({@code rw-------}) to a temporary file, fsynced, renamed
     * into place, and the directory fsynced. Meant to be called by one process at start-up.
     *
     * @throws IllegalStateException when the existing file does not hold exactly {@value #LENGTH}
     *     bytes (a truncated or foreign file must not silently become a new naming scheme)
     */
    public static byte[] loadOrCreate(Path keyFile, SecureRandom random) throws IOException {
        return SecretFiles.loadOrCreate(keyFile, LENGTH, random, "blob name key");
    }
}
