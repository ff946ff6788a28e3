package org.jeli.provenance.checkpoint;

import java.util.Objects;

/**
 * The log's current signing key: its public description and the signer that holds the private
 * half. {@link #toString()} shows only the public label; the private key is never exposed.
 */
public final class SigningKey {
    private final PublicKeyInfo info;
    private final NoteSigner signer;

    SigningKey(PublicKeyInfo info, NoteSigner signer) {
        this.info = Objects.requireNonNull(info, "info");
        this.signer = Objects.requireNonNull(signer, "signer");
        if (!signer.verifierKey().equals(info.verifierKey())) {
            throw new IllegalArgumentException("the private key does not belong to the described public key");
        }
    }

    public PublicKeyInfo info() {
        return info;
    }

    /** Signs note text; see {@link NoteSigner#sign(String)}. */
    public String sign(String noteText) {
        return signer.sign(noteText);
    }

    /** Signs a checkpoint; see {@link NoteSigner#sign(Checkpoint)}. */
    public String sign(Checkpoint checkpoint) {
        return signer.sign(checkpoint);
    }

    public NoteSigner signer() {
        return signer;
    }

    public String keyName() {
        return info.keyName();
    }

    public String keyIdHex() {
        return info.keyIdHex();
    }

    public String verifierKey() {
        return info.verifierKey();
    }

    @Override
    public String toString() {
        return "SigningKey[" + info.keyName() + "+" + info.keyIdHex() + ", validFrom=" + info.validFrom() + "]";
    }
}
