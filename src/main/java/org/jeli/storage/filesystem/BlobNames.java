package org.jeli.storage.filesystem;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jeli.common.Digest;

/**
 * Maps a content SHA-256 to its place under {@code objects/}: {@code aa/bb/<hex HMAC-SHA256(key,
 * sha256)>}, with the suffix {@value #ENCRYPTED_SUFFIX} when the object is encrypted. Without the
 * key a name cannot be linked to a known file's hash. The same hex name files the blob's data key.
 * The S3 store ({@code org.jeli.storage.s3}) names its objects with the same names.
 */
public final class BlobNames {
    static final int MIN_KEY_LENGTH = 32;
    /** Suffix of encrypted objects; plaintext objects (from before encryption) have none. */
    static final String ENCRYPTED_SUFFIX = ".enc";

    private static final String HMAC = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final Path objects;

    /** Names only (for stores that are not folders). */
    public BlobNames(byte[] nameKey) {
        this(nameKey, Path.of("objects"));
    }

    public BlobNames(byte[] nameKey, Path objects) {
        if (nameKey == null || nameKey.length < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the blob name key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(nameKey.clone(), HMAC);
        this.objects = objects;
    }

    /** The hex name under which bytes with this SHA-256 are stored. */
    public String nameOf(Digest sha256) {
        if (sha256 == null || sha256.algorithm() != Digest.Algorithm.SHA256) {
            throw new IllegalArgumentException("blobs are addressed by their SHA-256");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HEX.formatHex(mac.doFinal(sha256.bytes()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + HMAC, e);
        }
    }

    /** The file that holds (or would hold) plaintext bytes with this SHA-256. */
    Path pathOf(Digest sha256) {
        return plainPathOf(nameOf(sha256));
    }

    /** The file that holds (or would hold) the encrypted bytes of this SHA-256. */
    Path encryptedPathOf(Digest sha256) {
        return encryptedPathOf(nameOf(sha256));
    }

    Path plainPathOf(String name) {
        return shard(objects, name).resolve(name);
    }

    Path encryptedPathOf(String name) {
        return shard(objects, name).resolve(name + ENCRYPTED_SUFFIX);
    }

    /** {@code dir/aa/bb} for a hex name {@code aabb...}. */
    static Path shard(Path dir, String name) {
        return dir.resolve(name.substring(0, 2)).resolve(name.substring(2, 4));
    }
}
