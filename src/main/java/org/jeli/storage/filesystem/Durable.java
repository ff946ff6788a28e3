package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Directory operations that survive a power cut once they return (Linux semantics). */
final class Durable {
    private Durable() {}

    /** Flushes a directory's entries (names created, renamed or removed in it) to the device. */
    static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Creates {@code dir} and any missing parents, fsyncing the parent of each directory that did
     * not exist, so the new entries are durable too.
     */
    static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
            // created concurrently: fsync the parent anyway, the other creator may not have yet
        }
        if (parent != null) {
            fsyncDirectory(parent);
        }
    }
}
