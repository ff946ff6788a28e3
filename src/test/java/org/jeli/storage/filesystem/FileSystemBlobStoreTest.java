package org.jeli.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.jeli.common.Digest;
import org.jeli.storage.BlobStore;
import org.jeli.storage.BlobStoreContract;
import org.jeli.storage.StagedBlob;
import org.jeli.storage.StorageFullException;
import org.junit.jupiter.api.Test;

class FileSystemBlobStoreTest extends BlobStoreContract {
    /** Small buffers and frequent flushes so the contract crosses many buffer boundaries cheaply. */
    private static final Tuning SMALL = new Tuning(64 * 1024, 2, 256 * 1024);

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected BlobStore newStore(Path dir) throws IOException {
        return new FileSystemBlobStore(dir.resolve("store"), KEY, SMALL);
    }

    @Override
    protected long stagedObjectCount() throws IOException {
        return countFiles(dir.resolve("store/tmp"));
    }

    @Override
    protected long storedObjectCount() throws IOException {
        return countFiles(dir.resolve("store/objects"));
    }

    @Override
    protected int multiBufferSize() {
        return 1024 * 1024 + 4321;
    }

    @Test
    void defaultTuningStoresMultiMegabyteContent() throws IOException {
        BlobStore defaults = new FileSystemBlobStore(dir.resolve("defaults"), KEY);
        byte[] content = randomBytes(4 * 1024 * 1024 + 1, 21);
        try (StagedBlob staged = defaults.stage(new ByteArrayInputStream(content), Long.MAX_VALUE)) {
            assertThat(staged.sha512()).isEqualTo(sha512Of(content));
            assertThat(staged.commit()).isTrue();
        }
        try (InputStream in = defaults.open(sha256Of(content), 0, Long.MAX_VALUE)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void storedNamesDoNotRevealTheContentHash() throws IOException {
        byte[] content = randomBytes(5000, 22);
        String sha256 = sha256Of(content).hex();
        String sha512 = sha512Of(content).hex();
        stageAndCommit(content);

        List<String> paths = allPaths(dir);
        assertThat(paths).isNotEmpty().noneMatch(p -> p.contains(sha256) || p.contains(sha512));
        assertThat(paths).noneMatch(p -> p.contains(sha256.substring(0, 16)));
    }

    @Test
    void theStoredFileIsReadableInPlace() throws IOException {
        byte[] content = randomBytes(5000, 23);
        Digest sha256 = stageAndCommit(content);

        Path file = store.localFile(sha256).orElseThrow();

        assertThat(file).startsWith(dir.resolve("store/objects"));
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void anotherNameKeyGivesOtherNames() throws IOException {
        byte[] content = randomBytes(100, 24);
        Digest sha256 = stageAndCommit(content);
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;

        BlobStore other = new FileSystemBlobStore(dir.resolve("store"), otherKey, SMALL);

        assertThat(other.contains(sha256)).isFalse();
        assertThat(store.contains(sha256)).isTrue();
    }

    @Test
    void leftoversOfACrashAreRemovedAtStart() throws IOException {
        Path tmp = dir.resolve("store/tmp");
        Files.write(tmp.resolve("stage-123.tmp"), new byte[] {1, 2, 3});
        Digest kept = stageAndCommit(randomBytes(100, 25));

        BlobStore reopened = new FileSystemBlobStore(dir.resolve("store"), KEY, SMALL);

        assertThat(countFiles(tmp)).isZero();
        assertThat(reopened.contains(kept)).isTrue();
    }

    @Test
    void aShortNameKeyIsRefused() {
        assertThatThrownBy(() -> new FileSystemBlobStore(dir.resolve("store"), new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNameKeyFileIsOwnerOnlyAndStable() throws IOException {
        Path keyFile = dir.resolve("keys/blob-name.key");

        byte[] created = BlobNameKey.loadOrCreate(keyFile, new SecureRandom());
        byte[] loaded = BlobNameKey.loadOrCreate(keyFile, new SecureRandom());

        assertThat(created).hasSize(BlobNameKey.LENGTH).isEqualTo(loaded);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(keyFile.getParent())) {
            assertThat(files).containsExactly(keyFile);
        }
    }

    @Test
    void aNameKeyFileOfTheWrongLengthIsRefused() throws IOException {
        Path keyFile = dir.resolve("blob-name.key");
        Files.write(keyFile, new byte[BlobNameKey.LENGTH - 1]);

        assertThatThrownBy(() -> BlobNameKey.loadOrCreate(keyFile, new SecureRandom()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.size(keyFile)).isEqualTo(BlobNameKey.LENGTH - 1);
    }

    @Test
    void aFullDiskDuringStagingIsStorageFullAndLeavesNothing() {
        byte[] content = randomBytes(1024 * 1024, 26);
        InputStream failing = new FailingInputStream(content, 700_000, new IOException("No space left on device"));

        assertThatThrownBy(() -> store.stage(failing, Long.MAX_VALUE))
                .isInstanceOf(StorageFullException.class)
                .hasMessage("storage is full");

        assertThat(dir.resolve("store/tmp").toFile().list()).isEmpty();
    }

    @Test
    void onlyNoSpaceFailuresCountAsAFullDisk() {
        assertThat(DiskFull.isDiskFull(new IOException("No space left on device")))
                .isTrue();
        assertThat(DiskFull.isDiskFull(new FileSystemException("/x", null, "No space left on device")))
                .isTrue();
        assertThat(DiskFull.isDiskFull(new IOException("Disk quota exceeded"))).isTrue();
        assertThat(DiskFull.isDiskFull(new RuntimeException(new IOException("No space left on device"))))
                .isTrue();
        assertThat(DiskFull.isDiskFull(new IOException("Input/output error"))).isFalse();
        assertThat(DiskFull.isDiskFull(new IOException((String) null))).isFalse();
        assertThat(DiskFull.isDiskFull(new RuntimeException("No space left on device")))
                .isFalse();

        IOException other = new IOException("Input/output error");
        assertThat(DiskFull.translate(other)).isSameAs(other);
        assertThatThrownBy(() -> DiskFull.translate(new IOException("No space left on device")))
                .isInstanceOf(StorageFullException.class);
    }

    private static long countFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static List<String> allPaths(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(Path::toString).toList();
        }
    }
}
