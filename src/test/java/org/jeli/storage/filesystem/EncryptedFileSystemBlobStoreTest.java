package org.jeli.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jeli.common.Digest;
import org.jeli.storage.BlobIntegrityException;
import org.jeli.storage.BlobStore;
import org.jeli.storage.BlobStoreContract;
import org.jeli.storage.DataKeyMissingException;
import org.jeli.storage.crypto.Kek;
import org.jeli.storage.crypto.KekRing;
import org.jeli.storage.crypto.SegmentedAead;
import org.junit.jupiter.api.Test;

/** The contract, and what encryption adds, with 4 KiB segments so that many segments are cheap. */
class EncryptedFileSystemBlobStoreTest extends BlobStoreContract {
    private static final int SEGMENT = 4096;
    private static final Tuning SMALL = new Tuning(64 * 1024, 2, 256 * 1024);
    private static final byte[] NAME_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileSystemBlobStore encrypted;

    @Override
    protected BlobStore newStore(Path dir) throws IOException {
        encrypted = open(dir, KekRing.of(KekFiles.loadOrCreate(dir.resolve("keys/kek"), RANDOM)));
        return encrypted;
    }

    private static FileSystemBlobStore open(Path dir, KekRing ring) throws IOException {
        DataKeys keys = new DataKeys(dir.resolve("keys/data-keys"), ring, RANDOM);
        return new FileSystemBlobStore(dir.resolve("store"), NAME_KEY, SMALL, new Encryption(keys, SEGMENT, RANDOM));
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
        return 20 * SEGMENT + 321;
    }

    /** A distinctive 64-byte marker repeated, and the same with other bytes between. */
    private static byte[] markedContent() {
        byte[] marker =
                "JELI-PLAINTEXT-MARKER:witness-statement-of-the-24th/0123456789A\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(marker).hasSize(64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 5 * SEGMENT / 64; i++) {
            out.writeBytes(marker);
        }
        return out.toByteArray();
    }

    @Test
    void noPlaintextSequenceOfAStoredFileAppearsAnywhereUnderTheDataDirectory() throws IOException {
        byte[] content = markedContent();
        Digest sha256 = stageAndCommit(content);
        try (var staged = store.stage(new java.io.ByteArrayInputStream(content), Long.MAX_VALUE)) {
            // a second, staged-only copy: tmp/ must not hold plaintext either
            assertThat(staged.size()).isEqualTo(content.length);
            assertPlaintextAbsent(content, sha256);
        }
        assertPlaintextAbsent(content, sha256);
        assertThat(readAll(sha256)).isEqualTo(content);
        assertThat(store.localFile(sha256)).isEmpty();
    }

    private void assertPlaintextAbsent(byte[] content, Digest sha256) throws IOException {
        byte[] probe = Arrays.copyOfRange(content, 0, 16); // any 16 consecutive plaintext bytes
        List<Path> files = allFiles(dir);
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(indexOf(bytes, probe)).as("plaintext in %s", file).isEqualTo(-1);
            assertThat(indexOf(bytes, sha256.bytes()))
                    .as("raw hash in %s", file)
                    .isEqualTo(-1);
            assertThat(file.toString())
                    .doesNotContain(sha256.hex())
                    .doesNotContain(sha256.hex().substring(0, 16));
        }
    }

    @Test
    void aFlippedCiphertextByteFailsReadsWithAnIntegrityError() throws IOException {
        byte[] content = randomBytes(3 * SEGMENT, 31);
        Digest sha256 = stageAndCommit(content);
        Path object = onlyObject();

        flip(object, SegmentedAead.HEADER_LENGTH + 2 * (SEGMENT + 16) + 100); // in the third segment

        assertThatThrownBy(() -> readAll(sha256)).isInstanceOf(BlobIntegrityException.class);
        assertThat(read(sha256, 0, 2 * SEGMENT)).isEqualTo(Arrays.copyOf(content, 2 * SEGMENT));
        assertThatThrownBy(() -> store.open(sha256, 2 * SEGMENT + 5, 1)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void aFlippedHeaderByteFailsOnOpen() throws IOException {
        Digest sha256 = stageAndCommit(randomBytes(100, 32));
        flip(onlyObject(), 15);

        assertThatThrownBy(() -> store.open(sha256, 0, 1)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void truncatingTheLastSegmentIsDetected() throws IOException {
        byte[] content = randomBytes(3 * SEGMENT + 100, 33);
        Digest sha256 = stageAndCommit(content);
        Path object = onlyObject();
        long full = Files.size(object);

        truncate(object, full - 100 - 16); // the whole last segment
        assertThatThrownBy(() -> readAll(sha256)).isInstanceOf(BlobIntegrityException.class);
        truncate(object, full - 100 - 16 - 7); // into the previous one
        assertThatThrownBy(() -> readAll(sha256)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void aRangeReadReturnsTheRightBytesAndDecryptsOnlyTheSegmentsNeeded() throws IOException {
        byte[] content = randomBytes(50 * SEGMENT + 7, 34);
        Digest sha256 = stageAndCommit(content);

        long before = encrypted.segmentsDecrypted();
        assertThat(read(sha256, 10L * SEGMENT + 4000, 200))
                .isEqualTo(Arrays.copyOfRange(content, 10 * SEGMENT + 4000, 10 * SEGMENT + 4200));
        assertThat(encrypted.segmentsDecrypted() - before).isEqualTo(2);

        before = encrypted.segmentsDecrypted();
        assertThat(read(sha256, 20L * SEGMENT, SEGMENT))
                .isEqualTo(Arrays.copyOfRange(content, 20 * SEGMENT, 21 * SEGMENT));
        assertThat(encrypted.segmentsDecrypted() - before).isEqualTo(1);

        before = encrypted.segmentsDecrypted();
        assertThat(read(sha256, content.length - 3, 10))
                .isEqualTo(Arrays.copyOfRange(content, content.length - 3, content.length));
        assertThat(encrypted.segmentsDecrypted() - before).isEqualTo(1);
        assertThat(store.size(sha256)).isEqualTo(content.length);
    }

    @Test
    void afterKekRotationEveryBlobStillReads() throws IOException {
        byte[] a = randomBytes(2 * SEGMENT + 1, 35);
        byte[] b = randomBytes(10, 36);
        Digest shaA = stageAndCommit(a);
        Digest shaB = stageAndCommit(b);
        Path kekFile = dir.resolve("keys/kek");
        Kek old = KekFiles.read(kekFile);
        byte[] blobBefore = Files.readAllBytes(onlyObjectOf(shaA));

        Kek next = KekFiles.loadOrCreate(KekFiles.nextOf(kekFile), RANDOM);
        DataKeys both = new DataKeys(dir.resolve("keys/data-keys"), new KekRing(old, List.of(next)), RANDOM);
        assertThat(both.rewrapAll(next)).isEqualTo(new DataKeys.Rewrap(2, 0));
        assertThat(both.rewrapAll(next)).isEqualTo(new DataKeys.Rewrap(0, 2)); // resumable: nothing left
        KekFiles.promote(KekFiles.nextOf(kekFile), kekFile);

        FileSystemBlobStore rotated = open(dir, KekFiles.load(Optional.empty(), kekFile, RANDOM));
        assertThat(rotated.open(shaA, 0, Long.MAX_VALUE).readAllBytes()).isEqualTo(a);
        assertThat(rotated.open(shaB, 0, Long.MAX_VALUE).readAllBytes()).isEqualTo(b);
        assertThat(Files.readAllBytes(onlyObjectOf(shaA))).isEqualTo(blobBefore); // blobs not re-encrypted

        FileSystemBlobStore withOldKek = open(dir, KekRing.of(old));
        assertThatThrownBy(() -> withOldKek.open(shaA, 0, 1))
                .isInstanceOf(BlobIntegrityException.class)
                .hasMessageContaining("not configured");
        DataKeys oldOnly = new DataKeys(dir.resolve("keys/data-keys"), KekRing.of(old), RANDOM);
        assertThatThrownBy(oldOnly::checkKekMatches).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDestroyedDataKeyMakesTheBlobUnreadable() throws IOException {
        Digest sha256 = stageAndCommit(randomBytes(1000, 37));
        DataKeys keys =
                new DataKeys(dir.resolve("keys/data-keys"), KekRing.of(KekFiles.read(dir.resolve("keys/kek"))), RANDOM);

        assertThat(keys.destroy(onlyObject().getFileName().toString().replace(".enc", "")))
                .isTrue();

        assertThat(store.contains(sha256)).isTrue();
        assertThatThrownBy(() -> store.open(sha256, 0, 1)).isInstanceOf(DataKeyMissingException.class);
        assertThat(countFiles(dir.resolve("keys/data-keys"))).isZero();
    }

    @Test
    void eachBlobHasItsOwnDataKeyFileNamedLikeItsObject() throws IOException {
        stageAndCommit(randomBytes(10, 38));
        stageAndCommit(randomBytes(10, 39));

        try (Stream<Path> keys = Files.walk(dir.resolve("keys/data-keys")).filter(Files::isRegularFile)) {
            List<String> keyNames =
                    keys.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> objectNames = allFiles(dir.resolve("store/objects")).stream()
                    .map(p -> p.getFileName().toString().replace(BlobNames.ENCRYPTED_SUFFIX, ""))
                    .sorted()
                    .toList();
            assertThat(keyNames).hasSize(2).isEqualTo(objectNames);
        }
    }

    @Test
    void anEncryptingStoreRefusesToBeOpenedWithEncryptionOff() {
        assertThatThrownBy(() -> new FileSystemBlobStore(dir.resolve("store"), NAME_KEY, SMALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encryption off");
    }

    @Test
    void plaintextBlobsFromBeforeEncryptionStayReadableAndAreMigratedResumably() throws IOException {
        Path legacyDir = dir.resolve("legacy");
        FileSystemBlobStore plain = new FileSystemBlobStore(legacyDir.resolve("store"), NAME_KEY, SMALL);
        byte[] a = markedContent();
        byte[] b = randomBytes(3 * SEGMENT, 40);
        byte[] c = randomBytes(5, 41);
        Digest shaA = stage(plain, a);
        Digest shaB = stage(plain, b);
        Digest shaC = stage(plain, c);

        Encryption encryption = new Encryption(
                new DataKeys(
                        legacyDir.resolve("keys/data-keys"),
                        KekRing.of(KekFiles.loadOrCreate(legacyDir.resolve("keys/kek"), RANDOM)),
                        RANDOM),
                SEGMENT,
                RANDOM);
        FileSystemBlobStore mixed = new FileSystemBlobStore(legacyDir.resolve("store"), NAME_KEY, SMALL, encryption);
        byte[] d = randomBytes(2 * SEGMENT, 42);
        Digest shaD = stage(mixed, d);
        assertThat(mixed.localFile(shaA)).isPresent();
        assertThat(mixed.localFile(shaD)).isEmpty();
        assertThat(mixed.open(shaA, 0, Long.MAX_VALUE).readAllBytes()).isEqualTo(a);
        assertThat(stage(mixed, a)).isEqualTo(shaA); // identical content: still stored once

        // an interrupted run: B was encrypted and published, but its plaintext not yet removed
        Path plainB = mixed.localFile(shaB).orElseThrow();
        assertThat(mixed.encryptInPlace(plainB)).isEqualTo(FileSystemBlobStore.Migration.ENCRYPTED);
        Files.write(plainB, b);
        // C's plaintext was damaged on disk: it must not be encrypted as if it were C
        Path plainC = mixed.localFile(shaC).orElseThrow();
        Files.write(plainC, new byte[] {9, 9, 9});

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PlaintextMigration.Report report =
                PlaintextMigration.run(legacyDir.resolve("store"), NAME_KEY, encryption, new PrintStream(log));

        assertThat(report).isEqualTo(new PlaintextMigration.Report(1, 1, 1));
        assertThat(log.toString()).contains("damaged");
        assertThat(PlaintextMigration.run(legacyDir.resolve("store"), NAME_KEY, encryption, new PrintStream(log)))
                .isEqualTo(new PlaintextMigration.Report(0, 0, 1));
        FileSystemBlobStore after = new FileSystemBlobStore(legacyDir.resolve("store"), NAME_KEY, SMALL, encryption);
        for (var e : List.of(List.of(shaA, a), List.of(shaB, b), List.of(shaD, d))) {
            Digest sha = (Digest) e.get(0);
            assertThat(after.open(sha, 0, Long.MAX_VALUE).readAllBytes()).isEqualTo((byte[]) e.get(1));
            assertThat(after.localFile(sha)).isEmpty();
        }
        assertThat(after.localFile(shaC)).isPresent(); // left for the fixity audit
        List<Path> files = allFiles(legacyDir);
        byte[] probe = Arrays.copyOf(a, 16);
        assertThat(files)
                .allSatisfy(
                        f -> assertThat(indexOf(Files.readAllBytes(f), probe)).isEqualTo(-1));
    }

    private static Digest stage(BlobStore target, byte[] content) throws IOException {
        try (var staged = target.stage(new java.io.ByteArrayInputStream(content), Long.MAX_VALUE)) {
            staged.commit();
            return staged.sha256();
        }
    }

    private Path onlyObject() throws IOException {
        List<Path> objects = allFiles(dir.resolve("store/objects"));
        assertThat(objects).hasSize(1);
        return objects.get(0);
    }

    private Path onlyObjectOf(Digest sha256) {
        return new BlobNames(NAME_KEY, dir.resolve("store/objects")).encryptedPathOf(sha256);
    }

    private static void flip(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x01);
        }
    }

    private static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long countFiles(Path root) throws IOException {
        return allFiles(root).size();
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
