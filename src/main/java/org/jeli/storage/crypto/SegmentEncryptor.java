package org.jeli.storage.crypto;

import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/**
 * Encrypts one blob segment by segment in the {@link SegmentedAead} format. The caller writes
 * {@link #header()} first, then passes every segment in order, each exactly {@link #segmentSize()}
 * bytes except the last, saying which one is last (a writer keeps one segment of lookahead to know).
 * Not thread-safe; one instance per blob.
 */
public final class SegmentEncryptor {
    private final SecretKey key;
    private final SegmentedAead.Header header;
    private final byte[] aad;
    private final byte[] prefix;
    private final Cipher cipher = SegmentedAead.newCipher();
    private long index;
    private boolean finished;

    public SegmentEncryptor(SecretKey key, int segmentSize, SecureRandom random) {
        byte[] noncePrefix = new byte[SegmentedAead.NONCE_PREFIX_LENGTH];
        random.nextBytes(noncePrefix);
        this.key = key;
        this.header = new SegmentedAead.Header(segmentSize, noncePrefix);
        this.aad = header.encode();
        this.prefix = noncePrefix;
    }

    public byte[] header() {
        return aad.clone();
    }

    public int segmentSize() {
        return header.segmentSize();
    }

    /**
     * Seals the next segment ({@code length} bytes of {@code plaintext}) into {@code out}, which must
     * hold {@code length + 16} bytes; returns the sealed length.
     */
    public int seal(byte[] plaintext, int length, boolean last, byte[] out) {
        if (finished) {
            throw new IllegalStateException("the last segment was already sealed");
        }
        if (length > header.segmentSize() || (!last && length != header.segmentSize())) {
            throw new IllegalArgumentException("only the last segment may be shorter than the segment size");
        }
        if (index > 0xFFFFFFFFL) {
            throw new IllegalStateException("too many segments");
        }
        finished = last;
        return SegmentedAead.seal(cipher, key, aad, prefix, index++, last, plaintext, length, out);
    }
}
