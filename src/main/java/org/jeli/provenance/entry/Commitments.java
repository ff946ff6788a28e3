package org.jeli.provenance.entry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import org.jeli.common.Digest;

/**
 * Commitments to personal data, so that entries never hold it in clear.
 *
 * <p>{@code commitment = SHA-256(salt || UTF-8(NFC(value)))} with a random 32-byte salt stored
 * outside the log. Whoever holds the salt and the value can show the entry refers to that value;
 * once the salt is deleted, the commitment is unlinkable. The value is Unicode-normalised (NFC) so
 * that the same text typed on different devices commits alike.
 *
 * <p>Text form, as it appears in payloads: {@code c1:<saltId>:<hash>} where {@code c1} is the
 * scheme version, {@code saltId} is colon-separated non-empty segments of {@code [A-Za-z0-9._-]}
 * (at most 128 characters, see {@link Commitment}) and {@code hash} is the 32-byte hash in unpadded
 * base64url (RFC 4648 §5), always 43 characters. The hash is what follows the last colon.
 */
public final class Commitments {
    public static final int SALT_LENGTH = 32;

    private static final String PREFIX = "c1:";
    private static final int HASH_TEXT_LENGTH = 43;

    private Commitments() {}

    /** A fresh random salt of {@value #SALT_LENGTH} bytes. */
    public static byte[] newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return salt;
    }

    /**
     * Commits to {@code value} under the salt named {@code saltId}.
     *
     * @throws IllegalArgumentException if the salt is not {@value #SALT_LENGTH} bytes or the value
     *     is missing or holds a lone surrogate (which UTF-8 cannot carry)
     */
    public static Commitment commit(String saltId, byte[] salt, String value) {
        return new Commitment(saltId, hash(salt, value));
    }

    /** Whether {@code commitment} is to {@code value} under {@code salt}; constant-time compare. */
    public static boolean matches(Commitment commitment, byte[] salt, String value) {
        return MessageDigest.isEqual(commitment.hash(), hash(salt, value));
    }

    /** {@code c1:<saltId>:<base64url-no-pad hash>}. */
    public static String toText(Commitment commitment) {
        return PREFIX
                + commitment.saltId()
                + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(commitment.hash());
    }

    /**
     * Parses the text form strictly (exactly what {@link #toText} writes).
     *
     * @throws IllegalArgumentException otherwise; the message does not echo the text
     */
    public static Commitment parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw notACommitment();
        }
        int colon = text.lastIndexOf(':');
        if (colon < PREFIX.length() || text.length() - colon - 1 != HASH_TEXT_LENGTH) {
            throw notACommitment();
        }
        String hashText = text.substring(colon + 1);
        byte[] hash;
        try {
            hash = Base64.getUrlDecoder().decode(hashText);
        } catch (IllegalArgumentException e) {
            throw notACommitment();
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(hash).equals(hashText)) {
            throw notACommitment();
        }
        try {
            return new Commitment(text.substring(PREFIX.length(), colon), hash);
        } catch (IllegalArgumentException e) {
            throw notACommitment();
        }
    }

    private static IllegalArgumentException notACommitment() {
        return new IllegalArgumentException("not a commitment of the form c1:<saltId>:<43 base64url characters>");
    }

    private static byte[] hash(byte[] salt, String value) {
        if (salt == null || salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be " + SALT_LENGTH + " bytes");
        }
        if (value == null) {
            throw new IllegalArgumentException("value is missing");
        }
        if (!JsonWriter.isWellFormed(value)) {
            throw new IllegalArgumentException("value contains a lone surrogate");
        }
        MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        sha256.update(salt);
        sha256.update(Normalizer.normalize(value, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
        return sha256.digest();
    }
}
