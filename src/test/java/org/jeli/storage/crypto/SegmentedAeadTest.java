package org.jeli.storage.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.SecretKey;
import org.jeli.storage.BlobIntegrityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentedAeadTest {
    private static final int SEGMENT = 64;
    private static final int SEALED = SEGMENT + SegmentedAead.TAG_LENGTH;
    private static final int HEADER = SegmentedAead.HEADER_LENGTH;

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key = KeyWrap.newDataKey(random);

    /** Encrypts {@code plaintext} the way the blob store does: one segment of lookahead. */
    static byte[] encrypt(SecretKey key, byte[] plaintext, int segmentSize, SecureRandom random) {
        SegmentEncryptor encryptor = new SegmentEncryptor(key, segmentSize, random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(encryptor.header());
        byte[] sealed = new byte[segmentSize + SegmentedAead.TAG_LENGTH];
        int at = 0;
        do {
            int n = Math.min(segmentSize, plaintext.length - at);
            boolean last = at + n >= plaintext.length;
            int m = encryptor.seal(Arrays.copyOfRange(plaintext, at, at + n), n, last, sealed);
            out.write(sealed, 0, m);
            at += n;
        } while (at < plaintext.length);
        return out.toByteArray();
    }

    private Path store(byte[] stored) throws IOException {
        Path file = Files.createTempFile(dir, "blob", ".enc");
        Files.write(file, stored);
        return file;
    }

    private byte[] decrypt(Path file, long offset, long length, LongAdder opened) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try (InputStream in = new DecryptingInputStream(
                channel, key, DecryptingInputStream.layoutOf(channel), offset, length, opened)) {
            return in.readAllBytes();
        }
    }

    private byte[] decryptAll(byte[] stored) throws IOException {
        return decrypt(store(stored), 0, Long.MAX_VALUE, new LongAdder());
    }

    private static byte[] plaintext(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT, 3 * SEGMENT + 7, 10 * SEGMENT})
    void everySizeAroundSegmentBoundariesRoundTrips(int size) throws IOException {
        byte[] plain = plaintext(size);
        byte[] stored = encrypt(key, plain, SEGMENT, random);

        long segments = Math.max(1, (size + SEGMENT - 1) / SEGMENT);
        assertThat(stored).hasSize((int) (HEADER + size + segments * SegmentedAead.TAG_LENGTH));
        assertThat(decryptAll(stored)).isEqualTo(plain);
        FileChannel channel = FileChannel.open(store(stored), StandardOpenOption.READ);
        try (channel) {
            assertThat(DecryptingInputStream.layoutOf(channel).plaintextSize()).isEqualTo(size);
        }
    }

    @Test
    void everyRangeOfASmallBlobReadsTheRightBytes() throws IOException {
        byte[] plain = plaintext(3 * SEGMENT + 5);
        Path file = store(encrypt(key, plain, SEGMENT, random));
        for (int from = 0; from <= plain.length; from += 7) {
            for (int len = 0; from + len <= plain.length + 3; len += 11) {
                int to = Math.min(plain.length, from + len);
                assertThat(decrypt(file, from, len, new LongAdder()))
                        .as("range %d+%d", from, len)
                        .isEqualTo(Arrays.copyOfRange(plain, from, to));
            }
        }
    }

    @Test
    void aRangeDecryptsOnlyTheSegmentsThatHoldIt() throws IOException {
        byte[] plain = plaintext(100 * SEGMENT);
        Path file = store(encrypt(key, plain, SEGMENT, random));

        LongAdder opened = new LongAdder();
        byte[] part = decrypt(file, 50L * SEGMENT + 10, SEGMENT, opened);
        assertThat(part).isEqualTo(Arrays.copyOfRange(plain, 50 * SEGMENT + 10, 51 * SEGMENT + 10));
        assertThat(opened.sum()).isEqualTo(2);

        LongAdder one = new LongAdder();
        assertThat(decrypt(file, 99L * SEGMENT, 5, one))
                .isEqualTo(Arrays.copyOfRange(plain, 99 * SEGMENT, 99 * SEGMENT + 5));
        assertThat(one.sum()).isEqualTo(1);

        LongAdder none = new LongAdder();
        assertThat(decrypt(file, 7, 0, none)).isEmpty();
        assertThat(none.sum()).isZero();
    }

    @Test
    void flippingAnyStoredByteFailsAuthentication() throws IOException {
        byte[] plain = plaintext(2 * SEGMENT + 9);
        byte[] stored = encrypt(key, plain, SEGMENT, random);
        for (int i = 0; i < stored.length; i++) {
            byte[] damaged = stored.clone();
            damaged[i] ^= 0x01;
            int at = i;
            assertThatThrownBy(() -> decryptAll(damaged))
                    .as("flipped byte %d", at)
                    .isInstanceOf(BlobIntegrityException.class);
        }
    }

    @Test
    void aDamagedSegmentReturnsNoneOfItsBytesButEarlierSegmentsStillRead() throws IOException {
        byte[] plain = plaintext(3 * SEGMENT);
        byte[] stored = encrypt(key, plain, SEGMENT, random);
        stored[HEADER + 2 * SEALED + 3] ^= 0x40; // third segment

        Path file = store(stored);
        assertThat(decrypt(file, 0, 2 * SEGMENT, new LongAdder())).isEqualTo(Arrays.copyOf(plain, 2 * SEGMENT));
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try (InputStream in = new DecryptingInputStream(
                channel, key, DecryptingInputStream.layoutOf(channel), 0, Long.MAX_VALUE, new LongAdder())) {
            assertThat(in.readNBytes(2 * SEGMENT)).isEqualTo(Arrays.copyOf(plain, 2 * SEGMENT));
            assertThatThrownBy(in::read).isInstanceOf(BlobIntegrityException.class);
        }
        assertThatThrownBy(() -> decrypt(file, 2 * SEGMENT + 1, 1, new LongAdder()))
                .isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void droppingTheLastSegmentIsDetected() throws IOException {
        byte[] stored = encrypt(key, plaintext(3 * SEGMENT + 10), SEGMENT, random);
        byte[] withoutLast = Arrays.copyOf(stored, HEADER + 3 * SEALED);

        assertThatThrownBy(() -> decryptAll(withoutLast)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void droppingAFullLastSegmentIsDetected() throws IOException {
        byte[] stored = encrypt(key, plaintext(3 * SEGMENT), SEGMENT, random);
        byte[] withoutLast = Arrays.copyOf(stored, HEADER + 2 * SEALED);

        assertThatThrownBy(() -> decryptAll(withoutLast)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void truncatingInsideTheLastSegmentIsDetected() throws IOException {
        byte[] stored = encrypt(key, plaintext(3 * SEGMENT + 10), SEGMENT, random);
        for (int c = 1; c <= 10 + SegmentedAead.TAG_LENGTH; c++) {
            int cut = c;
            byte[] truncated = Arrays.copyOf(stored, stored.length - cut);
            assertThatThrownBy(() -> decryptAll(truncated))
                    .as("cut %d", cut)
                    .isInstanceOf(BlobIntegrityException.class);
        }
        assertThatThrownBy(() -> decryptAll(Arrays.copyOf(stored, HEADER - 1)))
                .isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void appendingASegmentIsDetected() throws IOException {
        byte[] stored = encrypt(key, plaintext(2 * SEGMENT), SEGMENT, random);
        byte[] longer = Arrays.copyOf(stored, stored.length + SEALED);
        System.arraycopy(stored, HEADER, longer, stored.length, SEALED);

        assertThatThrownBy(() -> decryptAll(longer)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void swappingSegmentsIsDetected() throws IOException {
        byte[] stored = encrypt(key, plaintext(3 * SEGMENT), SEGMENT, random);
        byte[] swapped = stored.clone();
        System.arraycopy(stored, HEADER, swapped, HEADER + SEALED, SEALED);
        System.arraycopy(stored, HEADER + SEALED, swapped, HEADER, SEALED);

        assertThatThrownBy(() -> decryptAll(swapped)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void aSegmentFromAnotherBlobUnderTheSameKeyIsDetected() throws IOException {
        byte[] a = encrypt(key, plaintext(2 * SEGMENT), SEGMENT, random);
        byte[] b = encrypt(key, plaintext(2 * SEGMENT + 1), SEGMENT, random);
        byte[] mixed = a.clone();
        System.arraycopy(b, HEADER, mixed, HEADER, SEALED); // same index, other nonce prefix

        assertThatThrownBy(() -> decryptAll(mixed)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void anotherKeyCannotDecrypt() throws IOException {
        byte[] stored = encrypt(KeyWrap.newDataKey(random), plaintext(100), SEGMENT, random);

        assertThatThrownBy(() -> decryptAll(stored)).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void theHeaderLayoutIsFixed() {
        byte[] prefix = {1, 2, 3, 4, 5, 6, 7};
        byte[] header = new SegmentedAead.Header(1 << 20, prefix).encode();

        assertThat(header).containsExactly('J', 'E', 'L', 'I', 'E', 'N', 'C', 1, 1, 0, 0x10, 0, 0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(SegmentedAead.nonce(prefix, 258, true)).containsExactly(1, 2, 3, 4, 5, 6, 7, 0, 0, 1, 2, 1);
        assertThat(SegmentedAead.nonce(prefix, 0, false)).containsExactly(1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0);
    }

    @Test
    void onlyTheLastSegmentMayBeShort() {
        SegmentEncryptor encryptor = new SegmentEncryptor(key, SEGMENT, random);
        byte[] out = new byte[SEALED];

        assertThatThrownBy(() -> encryptor.seal(new byte[SEGMENT], SEGMENT - 1, false, out))
                .isInstanceOf(IllegalArgumentException.class);
        encryptor.seal(new byte[SEGMENT], 3, true, out);
        assertThatThrownBy(() -> encryptor.seal(new byte[SEGMENT], 3, true, out))
                .isInstanceOf(IllegalStateException.class);
    }
}
