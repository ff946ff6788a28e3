package org.jeli.storage.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit key-encryption key, which wraps data keys and nothing else. Its {@link #id} is the first
 * 8 bytes of {@code HMAC-SHA256(kek, "jeli kek id v1")}: it names the KEK in wrapped keys and
 * messages without revealing anything about it. {@link #toString} never shows the key.
 */
public final class Kek {
    public static final int LENGTH = 32;
    private static final byte[] ID_LABEL = "jeli kek id v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final byte[] id;

    public Kek(byte[] material) {
        if (material == null || material.length != LENGTH) {
            throw new IllegalArgumentException("a key-encryption key is exactly 32 bytes");
        }
        this.key = new SecretKeySpec(material, "AES");
        this.id = idOf(material);
    }

    /** Parses base64 (standard or URL-safe) of exactly 32 bytes, e.g. from {@code JELI_STORAGE_KEK}. */
    public static Kek fromBase64(String text) {
        String t = text.strip();
        byte[] material;
        try {
            material = t.contains("-") || t.contains("_")
                    ? Base64.getUrlDecoder().decode(t)
                    : Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key-encryption key is not valid base64");
        }
        return new Kek(material);
    }

    SecretKey key() {
        return key;
    }

    /** The 8-byte identifier written beside every key this KEK wraps. */
    public byte[] id() {
        return id.clone();
    }

    public String idHex() {
        return HexFormat.of().formatHex(id);
    }

    boolean hasId(byte[] other) {
        return java.security.MessageDigest.isEqual(id, other);
    }

    @Override
    public String toString() {
        return "Kek[" + idHex() + "]";
    }

    private static byte[] idOf(byte[] material) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(ID_LABEL), 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks HmacSHA256", e);
        }
    }
}
