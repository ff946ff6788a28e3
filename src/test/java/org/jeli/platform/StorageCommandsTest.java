package org.jeli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jeli.common.Digest;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;
import org.jeli.storage.filesystem.BlobNameKey;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.filesystem.FileSystemBlobStore;
import org.jeli.storage.filesystem.KekFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jeli encrypt-blobs} and {@code jeli rotate-kek} on a stopped archive's data directory. */
class StorageCommandsTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true);

    @Test
    void encryptBlobsEncryptsAPlaintextStoreAndARerunHasNothingLeft() throws IOException {
        byte[] nameKey = BlobNameKey.loadOrCreate(dataDir.resolve("keys/blob-names.key"), RANDOM);
        BlobStore plain = new FileSystemBlobStore(dataDir.resolve("blobs"), nameKey);
        byte[] a = bytes(3 * 1024 * 1024 + 5, 1);
        byte[] b = bytes(10, 2);
        Digest shaA = store(plain, a);
        Digest shaB = store(plain, b);

        assertThat(EncryptBlobsCommand.run(dataDir, Map.of(), out)).isZero();
        assertThat(output.toString()).contains("Encrypted 2 blob(s)");
        assertThat(EncryptBlobsCommand.run(dataDir, Map.of(), out)).isZero();
        assertThat(output.toString()).contains("Encrypted 0 blob(s)");

        BlobStore encrypted = openEncrypted(Map.of(), nameKey);
        assertThat(read(encrypted, shaA)).isEqualTo(a);
        assertThat(read(encrypted, shaB)).isEqualTo(b);
        assertThat(encrypted.localFile(shaA)).isEmpty();
        try (Stream<Path> objects = Files.walk(dataDir.resolve("blobs/objects"))) {
            assertThat(objects.filter(Files::isRegularFile))
                    .hasSize(2)
                    .allMatch(p -> p.toString().endsWith(".enc"));
        }
    }

    @Test
    void rotateKekReplacesTheKekFileAndEveryBlobStillReads() throws IOException {
        byte[] nameKey = BlobNameKey.loadOrCreate(dataDir.resolve("keys/blob-names.key"), RANDOM);
        BlobStore store = openEncrypted(Map.of(), nameKey);
        byte[] a = bytes(2 * 1024 * 1024, 3);
        Digest shaA = store(store, a);
        byte[] oldKek = Files.readAllBytes(dataDir.resolve("keys/kek"));

        assertThat(RotateKekCommand.run(dataDir, Map.of(), out)).isZero();

        assertThat(Files.readAllBytes(dataDir.resolve("keys/kek"))).isNotEqualTo(oldKek);
        assertThat(dataDir.resolve("keys/kek.next")).doesNotExist();
        assertThat(output.toString()).contains("Re-wrapped 1 data key(s)");
        assertThat(read(openEncrypted(Map.of(), nameKey), shaA)).isEqualTo(a);
    }

    @Test
    void rotateKekFromTheEnvironmentNeedsTheNewKekAndRewrapsUnderIt() throws IOException {
        byte[] nameKey = BlobNameKey.loadOrCreate(dataDir.resolve("keys/blob-names.key"), RANDOM);
        Map<String, String> oldEnv = Map.of("JELI_STORAGE_KEK", newKekBase64());
        Digest sha = store(openEncrypted(oldEnv, nameKey), bytes(100, 4));
        String next = newKekBase64();

        assertThat(RotateKekCommand.run(dataDir, oldEnv, out)).isEqualTo(2);
        assertThat(RotateKekCommand.run(
                        dataDir,
                        Map.of("JELI_STORAGE_KEK", oldEnv.get("JELI_STORAGE_KEK"), "JELI_STORAGE_NEW_KEK", next),
                        out))
                .isZero();

        assertThat(read(openEncrypted(Map.of("JELI_STORAGE_KEK", next), nameKey), sha))
                .isEqualTo(bytes(100, 4));
        assertThat(dataDir.resolve("keys/kek")).doesNotExist();
    }

    private BlobStore openEncrypted(Map<String, String> env, byte[] nameKey) throws IOException {
        StorageLocations at = StorageLocations.of(dataDir, env);
        DataKeys keys = new DataKeys(at.dataKeyDir(), KekFiles.load(at.kek(), at.kekFile(), RANDOM), RANDOM);
        keys.checkKekMatches();
        return new FileSystemBlobStore(at.root(), nameKey, Encryption.withDefaults(keys, RANDOM));
    }

    private static String newKekBase64() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private static Digest store(BlobStore store, byte[] content) throws IOException {
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), Long.MAX_VALUE)) {
            staged.commit();
            return staged.sha256();
        }
    }

    private static byte[] read(BlobStore store, Digest sha) throws IOException {
        try (InputStream in = store.open(sha, 0, Long.MAX_VALUE)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
