package org.jeli.provenance.entry;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A salted hash of a piece of personal data: {@code SHA-256(salt || UTF-8(NFC(value)))}. The salt
 * lives outside the log under {@code saltId}; deleting it makes the commitment unlinkable to the
 * value. Made and checked by {@link Commitments}; written into payloads as {@link
 * Commitments#toText}.
 *
 * @param saltId names the salt, e.g. {@code submission:<uuid>:claims}: colon-separated non-empty
 *     segments of {@code [A-Za-z0-9._-]}, at most {@value #MAX_SALT_ID_LENGTH} characters. It is
 *     an identifier and must not itself contain personal data.
 * @param hash the 32-byte SHA-256 output; copied in and out
 */
public record Commitment(String saltId, byte[] hash) {
    public static final int HASH_LENGTH = 32;
    public static final int MAX_SALT_ID_LENGTH = 128;

    private static final Pattern SALT_ID = Pattern.compile("[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+)*");

    public Commitment {
        if (saltId == null
                || saltId.length() > MAX_SALT_ID_LENGTH
                || !SALT_ID.matcher(saltId).matches()) {
            throw new IllegalArgumentException(
                    "salt id must match " + SALT_ID + " (at most " + MAX_SALT_ID_LENGTH + " characters)");
        }
        if (hash == null || hash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("commitment hash must be " + HASH_LENGTH + " bytes");
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** Constant-time in the hash. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Commitment other && saltId.equals(other.saltId) && MessageDigest.isEqual(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return 31 * saltId.hashCode() + Arrays.hashCode(hash);
    }

    /** The text form, {@code c1:<saltId>:<base64url>}; it reveals nothing without the salt. */
    @Override
    public String toString() {
        return Commitments.toText(this);
    }
}
