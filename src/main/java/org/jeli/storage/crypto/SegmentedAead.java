package org.jeli.storage.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jeli.storage.BlobIntegrityException;

/**
 * The encrypted blob format, version 1: a {@value #HEADER_LENGTH}-byte header, then the plaintext
 * cut into segments of {@code segmentSize} bytes (the last one shorter, possibly empty only when the
 * whole blob is), each sealed on its own with AES-256-GCM and followed by its 16-byte tag.
 *
 * <pre>
 * header  = magic "JELIENC" (7) | version 0x01 (1) | key reference 0x01 (1)
 *           | segment size, big-endian u32 (4) | nonce prefix, random (7)
 * nonce i = nonce prefix (7) | i, big-endian u32 (4) | 0x01 if segment i is the last, else 0x00 (1)
 * AAD     = the 20 header bytes
 * </pre>
 *
 * <p>Key reference 0x01 means "the blob's own data key, found in the key store under the blob's
 * storage name". Binding the index and a last-segment flag into each nonce makes reordering,
 * swapping, dropping the final segment or appending one fail authentication (the construction of
 * Hoang, Reyhanitabar, Rogaway and Vizár's STREAM, as in Tink's streaming AEAD). Each segment is one
 * {@code Cipher.doFinal}: the JDK's GCM {@code update} path is an order of magnitude slower.
 */
public final class SegmentedAead {
    public static final int HEADER_LENGTH = 20;
    public static final int TAG_LENGTH = 16;
    public static final int NONCE_PREFIX_LENGTH = 7;
    /** Plaintext bytes per segment of newly written blobs. */
    public static final int DEFAULT_SEGMENT_SIZE = 1 << 20;

    public static final int MIN_SEGMENT_SIZE = 64;
    public static final int MAX_SEGMENT_SIZE = 64 << 20;
    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final byte[] MAGIC = {'J', 'E', 'L', 'I', 'E', 'N', 'C'};
    private static final byte VERSION = 1;
    private static final byte KEY_REF_STORE = 1;

    private SegmentedAead() {}

    /** A parsed header. */
    public record Header(int segmentSize, byte[] noncePrefix) {
        public Header {
            if (segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE) {
                throw new IllegalArgumentException("segment size out of range");
            }
            if (noncePrefix.length != NONCE_PREFIX_LENGTH) {
                throw new IllegalArgumentException("the nonce prefix must be 7 bytes");
            }
            noncePrefix = noncePrefix.clone();
        }

        @Override
        public byte[] noncePrefix() {
            return noncePrefix.clone();
        }

        /** The header's bytes, which are also each segment's associated data. */
        public byte[] encode() {
            return ByteBuffer.allocate(HEADER_LENGTH)
                    .put(MAGIC)
                    .put(VERSION)
                    .put(KEY_REF_STORE)
                    .putInt(segmentSize)
                    .put(noncePrefix)
                    .array();
        }

        /** Parses and checks a header; anything foreign or damaged is an integrity failure. */
        public static Header decode(byte[] bytes) throws BlobIntegrityException {
            if (bytes.length != HEADER_LENGTH || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new BlobIntegrityException("not an encrypted blob (bad header)");
            }
            ByteBuffer b = ByteBuffer.wrap(bytes, MAGIC.length, HEADER_LENGTH - MAGIC.length);
            if (b.get() != VERSION || b.get() != KEY_REF_STORE) {
                throw new BlobIntegrityException("unsupported encrypted blob version");
            }
            int segmentSize = b.getInt();
            byte[] prefix = new byte[NONCE_PREFIX_LENGTH];
            b.get(prefix);
            if (segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE) {
                throw new BlobIntegrityException("encrypted blob header has an invalid segment size");
            }
            return new Header(segmentSize, prefix);
        }
    }

    /** Where the segments of a blob of a given stored length lie, and how long its plaintext is. */
    public record Layout(Header header, long segments, long plaintextSize, int lastCiphertextLength) {
        /** Computes the layout from the stored file's length; impossible lengths are integrity failures. */
        public static Layout of(Header header, long storedLength) throws BlobIntegrityException {
            long body = storedLength - HEADER_LENGTH;
            long sealed = (long) header.segmentSize() + TAG_LENGTH;
            if (body < TAG_LENGTH) {
                throw new BlobIntegrityException("encrypted blob is truncated");
            }
            long segments = (body + sealed - 1) / sealed;
            long last = body - (segments - 1) * sealed;
            if (last < TAG_LENGTH || segments > 0xFFFFFFFFL) {
                throw new BlobIntegrityException("encrypted blob is truncated");
            }
            return new Layout(header, segments, body - TAG_LENGTH * segments, (int) last);
        }

        /** Offset in the stored file of segment {@code i}'s ciphertext. */
        public long positionOf(long i) {
            return HEADER_LENGTH + i * ((long) header.segmentSize() + TAG_LENGTH);
        }

        /** Ciphertext length (with tag) of segment {@code i}. */
        public int ciphertextLengthOf(long i) {
            return i == segments - 1 ? lastCiphertextLength : header.segmentSize() + TAG_LENGTH;
        }
    }

    /** Nonce of segment {@code index}. */
    static byte[] nonce(byte[] prefix, long index, boolean last) {
        return ByteBuffer.allocate(12)
                .put(prefix)
                .putInt((int) index)
                .put((byte) (last ? 1 : 0))
                .array();
    }

    /** Seals one segment into {@code out} (which needs {@code length + 16} bytes); returns its length. */
    static int seal(
            Cipher cipher,
            SecretKey key,
            byte[] aad,
            byte[] prefix,
            long index,
            boolean last,
            byte[] in,
            int length,
            byte[] out) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce(prefix, index, last)));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, length, out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Opens one segment into {@code out}; a bad tag is an integrity failure. Returns the plaintext length. */
    static int open(
            Cipher cipher,
            SecretKey key,
            byte[] aad,
            byte[] prefix,
            long index,
            boolean last,
            byte[] in,
            int length,
            byte[] out)
            throws BlobIntegrityException {
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce(prefix, index, last)));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, length, out, 0);
        } catch (AEADBadTagException e) {
            throw new BlobIntegrityException("encrypted blob failed authentication (damaged, truncated or reordered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + TRANSFORMATION, e);
        }
    }
}
