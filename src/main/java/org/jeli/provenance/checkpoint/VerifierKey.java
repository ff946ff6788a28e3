package org.jeli.provenance.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * A named Ed25519 public key as C2SP signed-note identifies it. Its text form, the <em>verifier
 * key</em>, is {@code <name>+<hex8 key ID>+<base64(0x01 || 32-byte public key)>}, the same string
 * {@code golang.org/x/mod/sumdb/note} reads; the key ID is the first four bytes of {@code
 * SHA-256(name || 0x0A || 0x01 || public key)}.
 *
 * @param keyName the signer's name: non-empty, no spaces, no {@code +}
 * @param publicKey the 32-byte RFC 8032 public key (copied in and out)
 */
public record VerifierKey(String keyName, byte[] publicKey) {
    /** The signature type byte C2SP signed-note assigns to Ed25519. */
    public static final byte ED25519 = 0x01;

    /** Length of an Ed25519 public key. */
    public static final int PUBLIC_KEY_LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    public VerifierKey {
        if (!NoteSyntax.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("key name must be non-empty, without spaces or '+'");
        }
        if (publicKey == null || publicKey.length != PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is " + PUBLIC_KEY_LENGTH + " bytes");
        }
        publicKey = publicKey.clone();
        try {
            new Ed25519PublicKeyParameters(publicKey, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key");
        }
    }

    /**
     * Reads a verifier key string.
     *
     * @throws IllegalArgumentException when it is malformed, names another algorithm, or its key ID
     *     does not match its name and key
     */
    public static VerifierKey parse(String vkey) {
        if (vkey == null) {
            throw new IllegalArgumentException("verifier key is missing");
        }
        int first = vkey.indexOf('+');
        int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("verifier key is not name+id+key");
        }
        String name = vkey.substring(0, first);
        String idHex = vkey.substring(first + 1, second);
        byte[] material = NoteSyntax.decodeBase64(vkey.substring(second + 1));
        if (idHex.length() != 8 || !idHex.chars().allMatch(VerifierKey::isAsciiHex) || material == null) {
            throw new IllegalArgumentException("verifier key is not name+hex8+base64");
        }
        if (material.length != PUBLIC_KEY_LENGTH + 1 || material[0] != ED25519) {
            throw new IllegalArgumentException("verifier key is not an Ed25519 (type 0x01) key");
        }
        VerifierKey key = new VerifierKey(name, Arrays.copyOfRange(material, 1, material.length));
        if (!MessageDigest.isEqual(HEX.parseHex(idHex), key.keyId())) {
            throw new IllegalArgumentException("verifier key ID does not match its name and key");
        }
        return key;
    }

    private static boolean isAsciiHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The key ID of an Ed25519 key: {@code SHA-256(name || 0x0A || 0x01 || publicKey)[:4]}. */
    public static byte[] keyIdOf(String keyName, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(keyName.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(ED25519);
            sha256.update(publicKey);
            return Arrays.copyOf(sha256.digest(), 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The 4-byte key ID. */
    public byte[] keyId() {
        return keyIdOf(keyName, publicKey);
    }

    /**
     * SHA-256 of the 32-byte public key, lowercase hex: the fingerprint people compare between what
     * the archive publishes and what a package or receipt carries.
     */
    public String fingerprintSha256() {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }

    /** The key ID as 8 lowercase hex digits. */
    public String keyIdHex() {
        return HEX.formatHex(keyId());
    }

    /** {@code name+hex8} — how logs and messages refer to this key. */
    public String label() {
        return keyName + "+" + keyIdHex();
    }

    /** The verifier key string {@code name+hex8+base64(0x01 || key)}. */
    public String encoded() {
        byte[] material = new byte[PUBLIC_KEY_LENGTH + 1];
        material[0] = ED25519;
        System.arraycopy(publicKey, 0, material, 1, PUBLIC_KEY_LENGTH);
        return label() + "+" + NoteSyntax.encodeBase64(material);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifierKey other
                && other.keyName.equals(keyName)
                && MessageDigest.isEqual(other.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyName, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        return encoded();
    }
}
