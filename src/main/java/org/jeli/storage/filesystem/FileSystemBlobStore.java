package org.jeli.storage.filesystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.jeli.common.Digest;
import org.jeli.storage.BlobNotFoundException;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * Stores blobs as files under a root directory: staged in {@code root/tmp/}, published to {@code
 * root/objects/aa/bb/<name>} where the name is a keyed hash of the SHA-256 (see {@link BlobNames},
 * {@link BlobNameKey}). {@code tmp/} and {@code objects/} must be on the same file system.
 *
 * <p>Safe for concurrent use. Files found in {@code tmp/} at construction are leftovers of a crash
 * (never acknowledged) and are deleted.
 */
public final class FileSystemBlobStore implements BlobStore {
    private static final String PROBE = "write-probe-";

    private final Path tmp;
    private final BlobNames names;
    private final StagingWriter writer;

    /**
     * Opens (creating if needed) a store under {@code root}.
     *
     * @param nameKey at least 32 secret bytes, normally from {@link BlobNameKey#loadOrCreate}
     */
    public FileSystemBlobStore(Path root, byte[] nameKey) throws IOException {
        this(root, nameKey, Tuning.DEFAULT);
    }

    FileSystemBlobStore(Path root, byte[] nameKey, Tuning tuning) throws IOException {
        Path objects = root.resolve("objects");
        this.tmp = root.resolve("tmp");
        this.names = new BlobNames(nameKey, objects);
        this.writer = new StagingWriter(tmp, tuning);
        Durable.createDirectories(objects);
        Durable.createDirectories(tmp);
        deleteLeftovers();
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) throws IOException {
        StagingWriter.Written written = writer.write(content, maxBytes);
        return new FileSystemStagedBlob(written, names.pathOf(written.sha256()));
    }

    @Override
    public boolean contains(Digest sha256) {
        return Files.isRegularFile(names.pathOf(sha256));
    }

    @Override
    public long size(Digest sha256) throws IOException {
        try {
            return Files.size(names.pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(e);
        }
    }

    @Override
    public InputStream open(Digest sha256, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(names.pathOf(sha256), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(e);
        }
        try {
            long size = channel.size();
            if (offset > size) {
                throw new IllegalArgumentException("offset is beyond the end of the blob");
            }
            channel.position(offset);
            return new RangeInputStream(Channels.newInputStream(channel), Math.min(length, size - offset));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Deletes the file and syncs its folder. On a plaintext store deletion is all a file system
     * offers: the freed blocks may survive on the disk until overwritten (SECURITY.md says so).
     */
    @Override
    public void destroy(Digest sha256) throws IOException {
        Path file = names.pathOf(sha256);
        if (Files.deleteIfExists(file)) {
            Durable.fsyncDirectory(file.getParent());
        }
    }

    @Override
    public Optional<Path> localFile(Digest sha256) {
        Path file = names.pathOf(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Creates, fsyncs and deletes a small file in {@code tmp/}. */
    @Override
    public void checkWritable() throws IOException {
        Path probe = null;
        try {
            probe = Files.createTempFile(tmp, PROBE, ".tmp");
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(new byte[] {'o', 'k'}));
                channel.force(true);
            }
        } catch (IOException e) {
            throw DiskFull.translate(e);
        } finally {
            if (probe != null) {
                Files.deleteIfExists(probe);
            }
        }
    }

    private void deleteLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }
}
