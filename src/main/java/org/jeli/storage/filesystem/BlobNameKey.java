package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
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
        if (Files.exists(keyFile)) {
            return read(keyFile);
        }
        byte[] key = new byte[LENGTH];
        random.nextBytes(key);
        Path dir = keyFile.toAbsolutePath().getParent();
        Durable.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".name-key-", ".tmp", ownerOnly(dir));
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(key);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Durable.fsyncDirectory(dir);
        return key;
    }

    private static byte[] read(Path keyFile) throws IOException {
        byte[] key = Files.size(keyFile) == LENGTH ? Files.readAllBytes(keyFile) : new byte[0];
        if (key.length != LENGTH) {
            throw new IllegalStateException("the blob name key file must hold exactly " + LENGTH + " bytes");
        }
        return key;
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }
}
