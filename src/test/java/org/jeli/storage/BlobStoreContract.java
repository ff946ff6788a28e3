package org.jeli.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jeli.common.Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link BlobStore} adapter must do. An adapter's test extends this class and says how
 * to make a fresh store and how to see what it still holds.
 */
public abstract class BlobStoreContract {
    private static final long UNLIMITED = Long.MAX_VALUE;

    @TempDir
    protected Path dir;

    protected BlobStore store;

    /** A new, empty store keeping its data under {@code dir}. */
    protected abstract BlobStore newStore(Path dir) throws IOException;

    /** How many staged (uncommitted) objects the store currently holds anywhere. */
    protected abstract long stagedObjectCount() throws IOException;

    /** How many published objects the store currently holds. */
    protected abstract long storedObjectCount() throws IOException;

    /** A content size that spans several of the adapter's internal buffers. */
    protected int multiBufferSize() {
        return 5 * 1024 * 1024 + 12_345;
    }

    @BeforeEach
    public void openStore() throws IOException {
        store = newStore(dir);
    }

    @Test
    public void storedBytesReadBackIdenticalWithTheirDigests() throws IOException {
        byte[] content = "testimony of 24 February".getBytes(StandardCharsets.UTF_8);

        Digest sha256 = stageAndCommit(content);

        assertThat(sha256).isEqualTo(sha256Of(content));
        assertThat(store.contains(sha256)).isTrue();
        assertThat(store.size(sha256)).isEqualTo(content.length);
        assertThat(readAll(sha256)).isEqualTo(content);
    }

    @Test
    public void stagingReportsBothDigestsAndSize() throws IOException {
        byte[] content = randomBytes(100_000, 7);
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
            assertThat(staged.sha256()).isEqualTo(sha256Of(content));
            assertThat(staged.sha512()).isEqualTo(sha512Of(content));
            assertThat(staged.size()).isEqualTo(content.length);
        }
    }

    @Test
    public void contentStagedFromMemoryIsStoredLikeStreamedContent() throws IOException {
        for (byte[] content :
                List.of(new byte[0], randomBytes(1, 21), randomBytes(700, 22), randomBytes(multiBufferSize(), 23))) {
            try (StagedBlob staged = store.stage(content)) {
                assertThat(staged.sha256()).isEqualTo(sha256Of(content));
                assertThat(staged.sha512()).isEqualTo(sha512Of(content));
                assertThat(staged.size()).isEqualTo(content.length);
                assertThat(store.contains(staged.sha256())).isFalse();
                assertThat(staged.commit()).isTrue();
            }
            assertThat(readAll(sha256Of(content))).isEqualTo(content);
            try (StagedBlob again = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
                assertThat(again.commit()).isFalse();
            }
        }
        try (StagedBlob dropped = store.stage(randomBytes(500, 24))) {
            assertThat(dropped.size()).isEqualTo(500);
        }
        assertThat(stagedObjectCount()).isZero();
        assertThat(storedObjectCount()).isEqualTo(4);
    }

    @Test
    public void stagedContentIsInvisibleUntilCommitted() throws IOException {
        byte[] content = randomBytes(1000, 8);
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
            assertThat(store.contains(staged.sha256())).isFalse();
            assertThat(staged.commit()).isTrue();
            assertThat(store.contains(staged.sha256())).isTrue();
        }
    }

    @Test
    public void identicalContentIsStoredOnce() throws IOException {
        byte[] content = randomBytes(10_000, 9);

        try (StagedBlob first = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
            assertThat(first.commit()).isTrue();
        }
        try (StagedBlob second = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
            assertThat(second.commit()).isFalse();
        }

        assertThat(storedObjectCount()).isEqualTo(1);
        assertThat(stagedObjectCount()).isZero();
        assertThat(readAll(sha256Of(content))).isEqualTo(content);
    }

    @Test
    public void concurrentCommitsOfIdenticalContentReportItNewOnce() throws Exception {
        byte[] content = randomBytes(50_000, 17);
        int writers = 8;
        List<StagedBlob> staged = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            staged.add(store.stage(new ByteArrayInputStream(content), UNLIMITED));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (StagedBlob blob : staged) {
                results.add(pool.submit(() -> {
                    start.await();
                    try (blob) {
                        return blob.commit();
                    }
                }));
            }
            start.countDown();
            int isNew = 0;
            for (Future<Boolean> result : results) {
                isNew += result.get() ? 1 : 0;
            }
            assertThat(isNew).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedObjectCount()).isEqualTo(1);
        assertThat(stagedObjectCount()).isZero();
        assertThat(readAll(sha256Of(content))).isEqualTo(content);
    }

    @Test
    public void closingWithoutCommitLeavesNothing() throws IOException {
        byte[] content = randomBytes(10_000, 10);
        Digest sha256;
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
            sha256 = staged.sha256();
        }

        assertThat(stagedObjectCount()).isZero();
        assertThat(storedObjectCount()).isZero();
        assertThat(store.contains(sha256)).isFalse();
    }

    @Test
    public void aClosedStagedBlobCannotBeCommitted() throws IOException {
        StagedBlob staged = store.stage(new ByteArrayInputStream(new byte[] {1}), UNLIMITED);
        staged.close();
        staged.close();

        assertThatThrownBy(staged::commit).isInstanceOf(IllegalStateException.class);
        assertThat(store.contains(sha256Of(new byte[] {1}))).isFalse();
    }

    @Test
    public void contentOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
        byte[] content = randomBytes(3 * 1024 * 1024, 11);

        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(content), content.length - 1))
                .isInstanceOf(BlobTooLargeException.class);

        assertThat(stagedObjectCount()).isZero();
        assertThat(storedObjectCount()).isZero();
    }

    @Test
    public void contentExactlyAtTheLimitIsAccepted() throws IOException {
        byte[] content = randomBytes(1024, 12);
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), content.length)) {
            assertThat(staged.size()).isEqualTo(content.length);
        }
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[1]), 0))
                .isInstanceOf(BlobTooLargeException.class);
    }

    @Test
    public void anOversizedSourceIsNotReadToTheEnd() throws IOException {
        CountingInputStream source = new CountingInputStream(new ByteArrayInputStream(new byte[8 * 1024 * 1024]));

        assertThatThrownBy(() -> store.stage(source, 1000)).isInstanceOf(BlobTooLargeException.class);

        assertThat(source.count).isLessThan(8 * 1024 * 1024);
    }

    @Test
    public void rangeReadsReturnTheRequestedBytes() throws IOException {
        byte[] content = randomBytes(4096, 13);
        Digest sha256 = stageAndCommit(content);

        assertThat(read(sha256, 0, 1)).containsExactly(content[0]);
        assertThat(read(sha256, 1000, 500)).isEqualTo(Arrays.copyOfRange(content, 1000, 1500));
        assertThat(read(sha256, 4095, 1)).containsExactly(content[4095]);
        assertThat(read(sha256, 4000, 1_000_000)).isEqualTo(Arrays.copyOfRange(content, 4000, 4096));
        assertThat(read(sha256, 0, Long.MAX_VALUE)).isEqualTo(content);
        assertThat(read(sha256, 4096, 10)).isEmpty();
        assertThat(read(sha256, 100, 0)).isEmpty();
    }

    @Test
    public void rangesOutsideTheBlobAreRefused() throws IOException {
        Digest sha256 = stageAndCommit(randomBytes(100, 14));

        assertThatThrownBy(() -> store.open(sha256, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(sha256, 101, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(sha256, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void unknownContentIsNotFound() throws IOException {
        Digest missing = sha256Of("never stored".getBytes(StandardCharsets.UTF_8));

        assertThat(store.contains(missing)).isFalse();
        assertThat(store.localFile(missing)).isEmpty();
        assertThatThrownBy(() -> store.open(missing, 0, 1)).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> store.size(missing)).isInstanceOf(BlobNotFoundException.class);
    }

    @Test
    public void emptyContentIsStored() throws IOException {
        Digest sha256 = stageAndCommit(new byte[0]);

        assertThat(sha256).isEqualTo(sha256Of(new byte[0]));
        assertThat(store.size(sha256)).isZero();
        assertThat(readAll(sha256)).isEmpty();
        assertThat(read(sha256, 0, 10)).isEmpty();
    }

    @Test
    public void largeRandomContentSurvivesBufferBoundaries() throws IOException {
        long seed = Long.getLong("jeli.test.seed", new Random().nextLong());
        System.out.println("largeRandomContentSurvivesBufferBoundaries seed=" + seed + " (rerun: -Djeli.test.seed)");
        byte[] content = randomBytes(multiBufferSize(), seed);

        Digest sha256;
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
            assertThat(staged.sha512()).as("seed %d", seed).isEqualTo(sha512Of(content));
            assertThat(staged.commit()).isTrue();
            sha256 = staged.sha256();
        }

        assertThat(sha256).as("seed %d", seed).isEqualTo(sha256Of(content));
        assertThat(readAll(sha256)).as("seed %d", seed).isEqualTo(content);
        int middle = content.length / 2;
        assertThat(read(sha256, middle - 3, 7)).isEqualTo(Arrays.copyOfRange(content, middle - 3, middle + 4));
    }

    @Test
    public void aSourceThatDeliversTinyPiecesIsStoredWhole() throws IOException {
        byte[] content = randomBytes(300_000, 15);
        InputStream trickle = new ByteArrayInputStream(content) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + pos % 7));
            }
        };

        try (StagedBlob staged = store.stage(trickle, UNLIMITED)) {
            assertThat(staged.sha256()).isEqualTo(sha256Of(content));
            assertThat(staged.sha512()).isEqualTo(sha512Of(content));
        }
    }

    @Test
    public void aSourceFailingHalfwayLeavesNothingStaged() throws IOException {
        byte[] content = randomBytes(3 * 1024 * 1024, 16);
        InputStream failing = new FailingInputStream(content, content.length / 2, new IOException("peer went away"));

        assertThatThrownBy(() -> store.stage(failing, UNLIMITED))
                .isInstanceOf(IOException.class)
                .hasMessage("peer went away");

        assertThat(stagedObjectCount()).isZero();
        assertThat(storedObjectCount()).isZero();
    }

    @Test
    public void aWritableStoreSaysSo() throws IOException {
        store.checkWritable();

        assertThat(stagedObjectCount()).isZero();
    }

    protected Digest stageAndCommit(byte[] content) throws IOException {
        try (StagedBlob staged = store.stage(new ByteArrayInputStream(content), UNLIMITED)) {
            staged.commit();
            return staged.sha256();
        }
    }

    protected byte[] readAll(Digest sha256) throws IOException {
        return read(sha256, 0, Long.MAX_VALUE);
    }

    protected byte[] read(Digest sha256, long offset, long length) throws IOException {
        try (InputStream in = store.open(sha256, offset, length)) {
            return in.readAllBytes();
        }
    }

    protected static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    protected static Digest sha256Of(byte[] content) {
        return Digest.of(Digest.Algorithm.SHA256, digest("SHA-256", content));
    }

    protected static Digest sha512Of(byte[] content) {
        return Digest.of(Digest.Algorithm.SHA512, digest("SHA-512", content));
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers {@code content} up to {@code failAt}, then throws {@code failure}. */
    protected static final class FailingInputStream extends InputStream {
        private final byte[] content;
        private final int failAt;
        private final IOException failure;
        private int pos;

        public FailingInputStream(byte[] content, int failAt, IOException failure) {
            this.content = content;
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= failAt) {
                throw failure;
            }
            int n = Math.min(len, failAt - pos);
            System.arraycopy(content, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
