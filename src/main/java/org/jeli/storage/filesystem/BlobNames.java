package org.jeli.storage.filesystem;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jeli.common.Digest;

/**
 * Maps a content SHA-256 to its place under {@code objects/}: {@code aa/bb/<hex HMAC-SHA256(key,
 * sha256)>}. Without the key a name cannot be linked to a known file's hash.
 */
final class BlobNames {
    static final int MIN_KEY_LENGTH = 32;
    private static final String HMAC = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final Path objects;

    BlobNames(byte[] nameKey, Path objects) {
        if (nameKey == null || nameKey.length < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the blob name key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(nameKey.clone(), HMAC);
        this.objects = objects;
    }

    /** The hex name under which bytes with this SHA-256 are stored. */
    String nameOf(Digest sha256) {
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

    /** The file that holds (or would hold) bytes with this SHA-256. */
    Path pathOf(Digest sha256) {
        String name = nameOf(sha256);
        return objects.resolve(name.substring(0, 2))
                .resolve(name.substring(2, 4))
                .resolve(name);
    }
}
