package org.jeli.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.jeli.common.Digest;
import org.jeli.storage.BlobStore;
import org.jeli.storage.BlobStoreContract;
import org.jeli.storage.StagedBlob;
import org.jeli.storage.crypto.KekRing;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.Encryption;
import org.jeli.storage.filesystem.KekFiles;
import org.jeli.testsupport.S3ProxyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The {@link BlobStore} contract on a real S3 endpoint (S3Proxy in this process), and what S3 adds:
 * multipart uploads larger than one part, multipart copies, names and bytes in the bucket that
 * reveal nothing.
 */
class S3BlobStoreTest extends BlobStoreContract {
    private static final int SEGMENT = 4096;
    private static final int PART = S3Settings.MIN_PART_SIZE;
    private static final byte[] NAME_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BUCKET = "jeli-test";

    private S3ProxyServer server;
    private S3Client s3;

    @Override
    protected BlobStore newStore(Path dir) throws IOException {
        try {
            server = S3ProxyServer.start();
        } catch (Exception e) {
            throw new IOException("S3Proxy did not start", e);
        }
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET));
        return open(dir, S3Settings.of(BUCKET, PART, S3Settings.Retention.GOVERNANCE, Duration.ofDays(3650)));
    }

    private S3BlobStore open(Path dir, S3Settings settings) throws IOException {
        KekRing ring = KekRing.of(KekFiles.loadOrCreate(dir.resolve("keys/kek"), RANDOM));
        DataKeys keys = new DataKeys(dir.resolve("keys/data-keys"), ring, RANDOM);
        return new S3BlobStore(
                s3,
                settings,
                NAME_KEY,
                new Encryption(keys, SEGMENT, RANDOM),
                dir.resolve("keys/data-keys/commit-locks"),
                Clock.systemUTC());
    }

    @AfterEach
    void stopServer() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected long stagedObjectCount() {
        return keysUnder("tmp/").size()
                + s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads().size();
    }

    @Override
    protected long storedObjectCount() {
        return keysUnder("objects/").size();
    }

    @Override
    protected int multiBufferSize() {
        return 20 * SEGMENT + 321;
    }

    private List<String> keysUnder(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    @Test
    void aFileLargerThanOnePartIsUploadedInPartsAndReadsBackWhole() throws IOException {
        byte[] content = randomBytes(2 * PART + 777_777, 41);

        Digest sha256 = stageAndCommit(content);

        assertThat(readAll(sha256)).isEqualTo(content);
        assertThat(store.size(sha256)).isEqualTo(content.length);
        assertThat(stagedObjectCount()).isZero();
    }

    @Test
    void aLargeStagedObjectIsPublishedByAMultipartCopy() throws IOException {
        S3Settings smallCopies =
                new S3Settings(BUCKET, PART, S3Settings.Retention.GOVERNANCE, Duration.ofDays(1), PART, PART);
        store = open(dir, smallCopies);
        byte[] content = randomBytes(2 * PART + 4321, 43);

        Digest sha256 = stageAndCommit(content);

        assertThat(readAll(sha256)).isEqualTo(content);
        assertThat(read(sha256, PART + 5, 10_000))
                .isEqualTo(java.util.Arrays.copyOfRange(content, PART + 5, PART + 10_005));
        assertThat(stagedObjectCount()).isZero();
    }

    @Test
    void rangeReadsAcrossPartAndSegmentBoundariesReturnExactlyThoseBytes() throws IOException {
        byte[] content = randomBytes(PART + 3 * SEGMENT + 99, 42);
        Digest sha256 = stageAndCommit(content);

        for (long[] range : new long[][] {
            {0, 1},
            {SEGMENT - 1, 2},
            {PART - 10, 20},
            {PART + 17, 3 * SEGMENT},
            {content.length - 5, 100},
            {content.length, 10},
            {123, 0}
        }) {
            int from = (int) range[0];
            int to = (int) Math.min(content.length, range[0] + range[1]);
            assertThat(read(sha256, range[0], range[1]))
                    .as("range %d+%d", range[0], range[1])
                    .isEqualTo(java.util.Arrays.copyOfRange(content, from, to));
        }
    }

    @Test
    void objectNamesInTheBucketRevealNeitherHashOfTheContent() throws IOException {
        byte[] content = randomBytes(30_000, 44);
        Digest sha256 = stageAndCommit(content);
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(randomBytes(1000, 45)), Long.MAX_VALUE)) {
            List<String> all = keysUnder("");
            String sha256Hex = HexFormat.of().formatHex(sha256.bytes());
            String sha512Hex = HexFormat.of().formatHex(sha512Of(content).bytes());
            String stagedHex = HexFormat.of().formatHex(staged.sha256().bytes());
            assertThat(all).hasSize(2);
            for (String key : all) {
                assertThat(key).doesNotContain(sha256Hex).doesNotContain(sha256Hex.substring(0, 16));
                assertThat(key).doesNotContain(sha512Hex.substring(0, 64)).doesNotContain(stagedHex);
            }
            assertThat(keysUnder("objects/"))
                    .singleElement()
                    .asString()
                    .matches("objects/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}\\.enc");
        }
    }

    @Test
    void theBucketHoldsOnlyCiphertext() throws IOException {
        byte[] marker =
                "JELI-PLAINTEXT-MARKER:witness-statement-of-the-24th/0123456789A\n".getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[marker.length * 200];
        for (int i = 0; i < 200; i++) {
            System.arraycopy(marker, 0, content, i * marker.length, marker.length);
        }
        stageAndCommit(content);

        byte[] raw = s3.getObjectAsBytes(
                        b -> b.bucket(BUCKET).key(keysUnder("objects/").get(0)))
                .asByteArray();

        assertThat(raw).isNotEqualTo(content);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("JELI-PLAINTEXT-MARKER");
        assertThat(java.util.Arrays.copyOf(raw, 7)).isEqualTo("JELIENC".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void closingALargeStagedUploadWithoutCommitLeavesNothingInTheBucket() throws IOException {
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(randomBytes(PART + 10, 46)), Long.MAX_VALUE)) {
            assertThat(stagedObjectCount()).isEqualTo(1);
        }
        assertThat(keysUnder("")).isEmpty();
        assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
    }

    @Test
    void destroyedContentIsGoneAndItsKeyWithIt() throws IOException {
        Digest sha256 = stageAndCommit(randomBytes(10_000, 47));

        store.destroy(sha256);

        assertThat(store.contains(sha256)).isFalse();
        assertThat(keysUnder("objects/")).isEmpty();
        store.destroy(sha256); // idempotent
    }

    @Test
    void aServerWithoutObjectLockIsUsedWithoutRetentionAndLegalHoldsAreIgnored() throws IOException {
        S3BlobStore s3Store = (S3BlobStore) store;
        Digest sha256 = stageAndCommit(randomBytes(1000, 48));

        assertThat(s3Store.objectLockEnabled()).isFalse();
        store.legalHold(sha256, true);
        assertThat(readAll(sha256)).hasSize(1000);
    }
}
