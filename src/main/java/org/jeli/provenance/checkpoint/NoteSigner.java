package org.jeli.provenance.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs note texts with one Ed25519 key as C2SP signed-note prescribes: the output is the text, a
 * blank line and one signature line {@code "— " + name + " " + base64(keyID || signature) + "\n"}.
 * Ed25519 (RFC 8032) is deterministic, so the same key and text always give the same note.
 *
 * <p>Thread-safe. {@link #toString()} names the key, never its private half.
 */
public final class NoteSigner {
    /** Length of an Ed25519 private key seed. */
    public static final int SEED_LENGTH = 32;

    private final Ed25519PrivateKeyParameters privateKey;
    private final VerifierKey verifierKey;

    /** A signer for {@code keyName} holding {@code privateKey}. */
    public NoteSigner(String keyName, Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.verifierKey =
                new VerifierKey(keyName, privateKey.generatePublicKey().getEncoded());
    }

    /** A signer from the 32-byte RFC 8032 private key seed (no JCA involved). */
    public static NoteSigner fromSeed(String keyName, byte[] seed) {
        if (seed == null || seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed is " + SEED_LENGTH + " bytes");
        }
        return new NoteSigner(keyName, new Ed25519PrivateKeyParameters(seed, 0));
    }

    /**
     * Signs {@code noteText} and returns the whole signed note.
     *
     * @param noteText non-empty, ending in a newline, no control characters but newline
     * @throws IllegalArgumentException when the text cannot be a note text
     */
    public String sign(String noteText) {
        NoteSyntax.checkNoteText(noteText);
        return noteText + "\n" + signatureLine(noteText);
    }

    /** Signs a checkpoint's body; the same as {@code sign(checkpoint.body())}. */
    public String sign(Checkpoint checkpoint) {
        return sign(checkpoint.body());
    }

    /** The signature line for {@code noteText}, newline included; for adding a cosignature. */
    public String signatureLine(String noteText) {
        NoteSyntax.checkNoteText(noteText);
        byte[] message = noteText.getBytes(StandardCharsets.UTF_8);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();
        byte[] keyId = verifierKey.keyId();
        byte[] blob = new byte[keyId.length + signature.length];
        System.arraycopy(keyId, 0, blob, 0, keyId.length);
        System.arraycopy(signature, 0, blob, keyId.length, signature.length);
        return NoteSyntax.SIGNATURE_PREFIX + verifierKey.keyName() + " " + NoteSyntax.encodeBase64(blob) + "\n";
    }

    public String keyName() {
        return verifierKey.keyName();
    }

    /** The 4-byte key ID. */
    public byte[] keyId() {
        return verifierKey.keyId();
    }

    /** The public half as a {@link VerifierKey}. */
    public VerifierKey publicKey() {
        return verifierKey;
    }

    /** The verifier key string {@code name+hex8+base64(0x01 || public key)}. */
    public String verifierKey() {
        return verifierKey.encoded();
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifierKey.label() + "]";
    }
}
