package org.jeli.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jeli.common.Digest;
import org.jeli.storage.BlobStore;

/**
 * A file of a stored blob's plaintext for a parser that needs one (Tika reads files, and some
 * formats need random access). When the store keeps a plaintext file, that file is used in place.
 * Otherwise (an encrypted store) the bytes are decrypted into a temporary file in the system's
 * temporary folder ({@code java.io.tmpdir}, never the data directory), created owner-only, bounded
 * by {@code maxBytes}, and deleted by {@link #close}. A crash can leave one such file behind; see
 * SECURITY.md for why {@code java.io.tmpdir} should be a tmpfs or an encrypted disk.
 */
public final class ScratchCopy implements AutoCloseable {
    private final Path file;
    private final boolean temporary;

    private ScratchCopy(Path file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
    }

    /** The blob's first {@code maxBytes} bytes (all of it when smaller) as a file. */
    public static ScratchCopy of(BlobStore blobs, Digest sha256, long maxBytes) throws IOException {
        Optional<Path> local = blobs.localFile(sha256);
        if (local.isPresent()) {
            return new ScratchCopy(local.get(), false);
        }
        Path tmp = Files.createTempFile("jeli-scratch-", ".bin"); // rw------- on POSIX
        try (InputStream in = blobs.open(sha256, 0, maxBytes)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return new ScratchCopy(tmp, true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Whether this copy holds fewer bytes than the blob's {@code size}. */
    boolean isPartial(long size) throws IOException {
        return temporary && Files.size(file) < size;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            Files.deleteIfExists(file);
        }
    }
}
