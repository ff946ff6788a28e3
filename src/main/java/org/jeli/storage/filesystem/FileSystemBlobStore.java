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
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.jeli.common.Digest;
import org.jeli.storage.BlobNotFoundException;
import org.jeli.storage.BlobStore;
import org.jeli.storage.DataKeyMissingException;
import org.jeli.storage.StagedBlob;
import org.jeli.storage.crypto.DecryptingInputStream;
import org.jeli.storage.crypto.SegmentedAead;

/**
 * Stores blobs as files under a root directory: staged in {@code root/tmp/}, published to {@code
 * root/objects/aa/bb/<name>.enc} (encrypted, see {@link Encryption}) or {@code <name>} (plaintext,
 * when encryption is off or for blobs from before it), where the name is a keyed hash of the
 * SHA-256 (see {@link BlobNames}, {@link BlobNameKey}). {@code tmp/} and {@code objects/} must be on
 * the same file system.
 *
 * <p>Safe for concurrent use. Files found in {@code tmp/} at construction are leftovers of a crash
 * (never acknowledged) and are deleted.
 */
public final class FileSystemBlobStore implements BlobStore {
    private static final String PROBE = "write-probe-";

    private final Path tmp;
    private final Path objects;
    private final BlobNames names;
    private final StagingWriter writer;
    private final DataKeys keys;
    private final LongAdder segmentsDecrypted = new LongAdder();

    /**
     * Opens (creating if needed) a store under {@code root}.
     *
     * @param nameKey at least 32 secret bytes, normally from {@link BlobNameKey#loadOrCreate}
     */
    public FileSystemBlobStore(Path root, byte[] nameKey) throws IOException {
        this(root, nameKey, Tuning.DEFAULT, null);
    }

    /**
     * Opens (creating if needed) a store under {@code root} that encrypts new blobs; blobs stored in
     * plaintext before encryption was turned on stay readable until migrated ({@link
     * PlaintextMigration}).
     */
    public FileSystemBlobStore(Path root, byte[] nameKey, Encryption encryption) throws IOException {
        this(root, nameKey, Tuning.DEFAULT, encryption);
    }

    FileSystemBlobStore(Path root, byte[] nameKey, Tuning tuning) throws IOException {
        this(root, nameKey, tuning, null);
    }

    FileSystemBlobStore(Path root, byte[] nameKey, Tuning tuning, Encryption encryption) throws IOException {
        this.objects = root.resolve("objects");
        this.tmp = root.resolve("tmp");
        this.names = new BlobNames(nameKey, objects);
        this.writer = new StagingWriter(tmp, tuning, encryption);
        this.keys = encryption == null ? null : encryption.keys();
        Durable.createDirectories(objects);
        Durable.createDirectories(tmp);
        StoreMode.check(root, encryption != null);
        deleteLeftovers();
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) throws IOException {
        StagingWriter.Written written = writer.write(content, maxBytes);
        return new FileSystemStagedBlob(written, names, keys);
    }

    /** Small content in one pass on the calling thread (see {@link StagingWriter#writeSmall}). */
    @Override
    public StagedBlob stage(byte[] content) throws IOException {
        return new FileSystemStagedBlob(writer.writeSmall(content), names, keys);
    }

    @Override
    public boolean contains(Digest sha256) {
        String name = names.nameOf(sha256);
        return Files.isRegularFile(names.encryptedPathOf(name)) || Files.isRegularFile(names.plainPathOf(name));
    }

    @Override
    public long size(Digest sha256) throws IOException {
        String name = names.nameOf(sha256);
        try (FileChannel channel = FileChannel.open(names.encryptedPathOf(name), StandardOpenOption.READ)) {
            return DecryptingInputStream.layoutOf(channel).plaintextSize();
        } catch (NoSuchFileException e) {
            // not encrypted: a plaintext object, or nothing
        }
        try {
            return Files.size(names.plainPathOf(name));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(e);
        }
    }

    @Override
    public InputStream open(Digest sha256, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        String name = names.nameOf(sha256);
        FileChannel channel;
        try {
            channel = FileChannel.open(names.encryptedPathOf(name), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return openPlain(name, offset, length);
        }
        try {
            return openEncrypted(name, channel, offset, length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** How many segments reads have decrypted since this store was opened (metrics, tests). */
    public long segmentsDecrypted() {
        return segmentsDecrypted.sum();
    }

    private InputStream openEncrypted(String name, FileChannel channel, long offset, long length) throws IOException {
        SegmentedAead.Layout layout = DecryptingInputStream.layoutOf(channel);
        if (offset > layout.plaintextSize()) {
            throw new IllegalArgumentException("offset is beyond the end of the blob");
        }
        if (keys == null) {
            throw new IllegalStateException("an encrypted blob was found but encryption is not configured");
        }
        SecretKey key = keys.get(name).orElseThrow(DataKeyMissingException::new);
        return new DecryptingInputStream(channel, key, layout, offset, length, segmentsDecrypted);
    }

    private InputStream openPlain(String name, long offset, long length) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(names.plainPathOf(name), StandardOpenOption.READ);
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
     * Crypto-shredding: destroys the blob's data key first (after which the ciphertext is noise,
     * including every copy in backups made before), then deletes the object files. A plaintext
     * object from before encryption can only be deleted: its freed blocks may survive on the disk
     * until overwritten (SECURITY.md says so).
     */
    @Override
    public void destroy(Digest sha256) throws IOException {
        String name = names.nameOf(sha256);
        if (keys != null) {
            keys.destroy(name);
        }
        for (Path file : new Path[] {names.encryptedPathOf(name), names.plainPathOf(name)}) {
            if (Files.deleteIfExists(file)) {
                Durable.fsyncDirectory(file.getParent());
            }
        }
    }

    /** The object file, only while the blob is stored in plaintext (never for an encrypted one). */
    @Override
    public Optional<Path> localFile(Digest sha256) {
        String name = names.nameOf(sha256);
        Path file = names.plainPathOf(name);
        return Files.isRegularFile(file) && !Files.exists(names.encryptedPathOf(name))
                ? Optional.of(file)
                : Optional.empty();
    }

    /** What {@link #encryptInPlace} did with one plaintext object. */
    enum Migration {
        ENCRYPTED,
        /** an earlier, interrupted run had encrypted it; only the plaintext was left to remove */
        FINISHED,
        /** its bytes do not match its name (damaged): left in plaintext for the fixity audit */
        DAMAGED
    }

    /**
     * Replaces a plaintext object by its encrypted form: encrypts it into {@code tmp/} (hashing the
     * plaintext on the way), checks that the hash matches the object's name, decrypts the result to
     * check it again, stores the data key durably, publishes the encrypted object, and only then
     * deletes the plaintext. Idempotent; safe to interrupt at any point.
     */
    Migration encryptInPlace(Path plainObject) throws IOException {
        if (keys == null) {
            throw new IllegalStateException("encryption is not configured");
        }
        String name = plainObject.getFileName().toString();
        Path encrypted = names.encryptedPathOf(name);
        synchronized (FileSystemStagedBlob.lockOf(name)) {
            Migration outcome;
            if (Files.exists(encrypted)) {
                if (!name.equals(names.nameOf(sha256OfEncrypted(name, encrypted)))) {
                    return Migration.DAMAGED;
                }
                outcome = Migration.FINISHED;
            } else {
                StagingWriter.Written written;
                try (InputStream in = Files.newInputStream(plainObject)) {
                    written = writer.write(in, Long.MAX_VALUE);
                }
                try {
                    if (!name.equals(names.nameOf(written.sha256()))) {
                        return Migration.DAMAGED;
                    }
                    if (!written.sha256().equals(sha256OfEncrypted(written.file(), written.dataKey()))) {
                        throw new IOException("an encrypted copy did not decrypt to its plaintext");
                    }
                    keys.put(name, written.dataKey());
                    Files.move(written.file(), encrypted, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(written.file());
                }
                Durable.fsyncDirectory(encrypted.getParent());
                outcome = Migration.ENCRYPTED;
            }
            Files.delete(plainObject);
            Durable.fsyncDirectory(plainObject.getParent());
            return outcome;
        }
    }

    /** Plaintext objects under {@code objects/} (those without the encrypted suffix). */
    Stream<Path> plaintextObjects() throws IOException {
        return Files.walk(objects)
                .filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"));
    }

    private Digest sha256OfEncrypted(String name, Path file) throws IOException {
        return sha256OfEncrypted(file, keys.get(name).orElseThrow(DataKeyMissingException::new));
    }

    private static Digest sha256OfEncrypted(Path file, SecretKey key) throws IOException {
        java.security.MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        SegmentedAead.Layout layout = DecryptingInputStream.layoutOf(channel);
        try (InputStream in = new DecryptingInputStream(channel, key, layout, 0, Long.MAX_VALUE, new LongAdder())) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        return Digest.sha256(sha256.digest());
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
