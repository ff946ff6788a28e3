package org.jeli.ingest.tus;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-CTR for part segments: a stream cipher, so a segment can end at any byte. */
final class PartCipher {
    private PartCipher() {}

    static Cipher of(byte[] key, byte[] iv) {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            // CTR encryption and decryption are the same operation.
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CTR is not available", e);
        }
    }

    static int update(Cipher cipher, byte[] in, int length, byte[] out) {
        try {
            return cipher.update(in, 0, length, out, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("cipher output buffer too small", e);
        }
    }
}
