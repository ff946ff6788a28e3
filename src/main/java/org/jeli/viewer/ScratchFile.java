package org.jeli.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jeli.common.Digest;
import org.jeli.storage.BlobStore;

/**
 * A temporary owner-only file in {@code java.io.tmpdir} (never the data directory), deleted on
 * close: a decrypted copy of an original for a tool that needs a file, or a tool's output. When the
 * store keeps a plaintext file, that file is used in place and never deleted.
 */
final class ScratchFile implements AutoCloseable {
    private final Path path;
    private final boolean temporary;

    private ScratchFile(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    static ScratchFile of(BlobStore blobs, Digest sha256, long size) throws IOException {
        Optional<Path> local = blobs.localFile(sha256);
        if (local.isPresent()) {
            return new ScratchFile(local.get(), false);
        }
        ScratchFile f = empty(".bin");
        try (InputStream in = blobs.open(sha256, 0, size)) {
            Files.copy(in, f.path, StandardCopyOption.REPLACE_EXISTING);
            return f;
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }

    static ScratchFile empty(String suffix) throws IOException {
        return new ScratchFile(Files.createTempFile("jeli-derivative-", suffix), true); // rw------- on POSIX
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            Files.deleteIfExists(path);
        }
    }
}
