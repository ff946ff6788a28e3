package org.jeli.storage.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jeli.storage.BlobIntegrityException;

/**
 * Wraps a 256-bit data key under a {@link Kek} with AES-256-GCM, binding the name the wrapped key
 * is stored under, so a wrapped key moved to another blob's name does not unwrap.
 *
 * <pre>
 * wrapped = magic "JELIDK" (6) | version 0x01 (1) | KEK id (8) | nonce, random (12)
 *           | AES-256-GCM(kek, nonce, data key, AAD = the 15 bytes before the nonce | name UTF-8) (32 + 16)
 * </pre>
 */
public final class KeyWrap {
    public static final int DATA_KEY_LENGTH = 32;
    public static final int WRAPPED_LENGTH = 6 + 1 + 8 + 12 + DATA_KEY_LENGTH + 16;
    private static final byte[] MAGIC = {'J', 'E', 'L', 'I', 'D', 'K'};
    private static final byte VERSION = 1;
    private static final int PREFIX = 6 + 1 + 8;

    private KeyWrap() {}

    /** A new random data key. */
    public static SecretKey newDataKey(SecureRandom random) {
        byte[] material = new byte[DATA_KEY_LENGTH];
        random.nextBytes(material);
        return new SecretKeySpec(material, "AES");
    }

    public static byte[] wrap(Kek kek, SecretKey dataKey, String name, SecureRandom random) {
        byte[] material = dataKey.getEncoded();
        if (material == null || material.length != DATA_KEY_LENGTH) {
            throw new IllegalArgumentException("a data key is exactly 32 bytes");
        }
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        ByteBuffer out = ByteBuffer.allocate(WRAPPED_LENGTH)
                .put(MAGIC)
                .put(VERSION)
                .put(kek.id())
                .put(nonce);
        try {
            Cipher cipher = Cipher.getInstance(SegmentedAead.TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, kek.key(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(out.array(), name));
            out.put(cipher.doFinal(material));
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM key wrap failed", e);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** The id of the KEK that wrapped these bytes; damaged bytes are an integrity failure. */
    public static byte[] kekIdOf(byte[] wrapped) throws BlobIntegrityException {
        check(wrapped);
        return Arrays.copyOfRange(wrapped, 7, PREFIX);
    }

    public static SecretKey unwrap(KekRing ring, byte[] wrapped, String name) throws BlobIntegrityException {
        byte[] kekId = kekIdOf(wrapped);
        Kek kek = ring.byId(kekId)
                .orElseThrow(() -> new BlobIntegrityException("data key is wrapped under KEK "
                        + HexFormat.of().formatHex(kekId) + ", which is not configured"));
        try {
            Cipher cipher = Cipher.getInstance(SegmentedAead.TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, kek.key(), new GCMParameterSpec(128, wrapped, PREFIX, 12));
            cipher.updateAAD(aad(wrapped, name));
            byte[] material = cipher.doFinal(wrapped, PREFIX + 12, DATA_KEY_LENGTH + 16);
            try {
                return new SecretKeySpec(material, "AES");
            } finally {
                Arrays.fill(material, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new BlobIntegrityException("wrapped data key failed authentication");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM key unwrap failed", e);
        }
    }

    private static void check(byte[] wrapped) throws BlobIntegrityException {
        if (wrapped.length != WRAPPED_LENGTH
                || !Arrays.equals(wrapped, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || wrapped[MAGIC.length] != VERSION) {
            throw new BlobIntegrityException("not a wrapped data key (bad format)");
        }
    }

    private static byte[] aad(byte[] wrappedPrefix, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(PREFIX + n.length)
                .put(wrappedPrefix, 0, PREFIX)
                .put(n)
                .array();
    }
}
