package org.jeli.provenance.checkpoint;

import java.time.Instant;
import java.util.Objects;

/**
 * The public, publishable description of one log signing key and when it signed.
 *
 * @param keyName the key name in signature lines (the log origin)
 * @param keyIdHex the 4-byte key ID as 8 lowercase hex digits
 * @param verifierKey {@code name+hex8+base64(0x01 || public key)}, for {@link NoteVerifier}
 * @param publicKeyBase64 the 32-byte Ed25519 public key, standard base64
 * @param validFrom when the key became the signing key
 * @param validUntil when it was retired; {@code null} while it is the current key
 */
public record PublicKeyInfo(
        String keyName,
        String keyIdHex,
        String verifierKey,
        String publicKeyBase64,
        Instant validFrom,
        Instant validUntil) {

    public PublicKeyInfo {
        VerifierKey key = VerifierKey.parse(verifierKey);
        if (!key.keyName().equals(keyName)
                || !key.keyIdHex().equals(keyIdHex)
                || !NoteSyntax.encodeBase64(key.publicKey()).equals(publicKeyBase64)) {
            throw new IllegalArgumentException("key name, key ID and public key disagree with the verifier key");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a key cannot be retired before it became valid");
        }
    }

    /** Describes {@code key}, valid from {@code validFrom} until {@code validUntil} (nullable). */
    public static PublicKeyInfo of(VerifierKey key, Instant validFrom, Instant validUntil) {
        return new PublicKeyInfo(
                key.keyName(),
                key.keyIdHex(),
                key.encoded(),
                NoteSyntax.encodeBase64(key.publicKey()),
                validFrom,
                validUntil);
    }

    /** The parsed public key. */
    public VerifierKey key() {
        return VerifierKey.parse(verifierKey);
    }

    /** Whether this is the key that signs now. */
    public boolean isCurrent() {
        return validUntil == null;
    }

    /** This key, retired at {@code at}. */
    PublicKeyInfo retiredAt(Instant at) {
        return new PublicKeyInfo(keyName, keyIdHex, verifierKey, publicKeyBase64, validFrom, at);
    }
}
