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

/** Small secret files: written owner-only, fsynced, atomically renamed into place, directory fsynced. */
final class SecretFiles {
    private SecretFiles() {}

    /**
     * Reads exactly {@code length} bytes from {@code file}, or on first start creates it with random
     * bytes.
     *
     * @throws IllegalStateException when the existing file has another length
     */
    static byte[] loadOrCreate(Path file, int length, SecureRandom random, String what) throws IOException {
        if (Files.exists(file)) {
            return read(file, length, what);
        }
        byte[] secret = new byte[length];
        random.nextBytes(secret);
        write(file, secret, false);
        return secret;
    }

    static byte[] read(Path file, int length, String what) throws IOException {
        byte[] secret = Files.size(file) == length ? Files.readAllBytes(file) : new byte[0];
        if (secret.length != length) {
            throw new IllegalStateException("the " + what + " file must hold exactly " + length + " bytes");
        }
        return secret;
    }

    /** Writes {@code bytes} durably and atomically to {@code file}, replacing it when asked. */
    static void write(Path file, byte[] bytes, boolean replace) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Durable.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".secret-", ".tmp", ownerOnly(dir));
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (replace) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        Durable.fsyncDirectory(dir);
    }

    static FileAttribute<?>[] ownerOnly(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }
}
