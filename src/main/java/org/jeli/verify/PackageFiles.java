package org.jeli.verify;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The files of a bag, by path relative to the bag's root with {@code /} separators: a directory on
 * disk or a zip (whose single top-level folder is the bag). Read-only; thread-safe for reading.
 */
public interface PackageFiles extends Closeable {
    /** Every regular file, sorted. */
    List<String> paths();

    /** Whether a regular file exists at {@code path}. */
    default boolean exists(String path) {
        return pathSet().contains(path);
    }

    Set<String> pathSet();

    InputStream open(String path) throws IOException;

    /** The file's size in bytes. */
    long size(String path) throws IOException;

    /** The file's bytes; for small tag files only (refuses more than {@code maxBytes}). */
    default byte[] read(String path, int maxBytes) throws IOException {
        try (InputStream in = open(path)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(path + " is larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    /** Opens a package: a {@code .zip} file or a directory holding the bag (or a single bag folder). */
    static PackageFiles open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return DirectoryPackage.open(path);
        }
        if (Files.isRegularFile(path)) {
            return ZipPackage.open(path);
        }
        throw new IOException("no such file or directory: " + path);
    }
}
