package org.jeli.provenance.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/** The key files of a {@link SigningKeyStore}: generating, writing and loading them. */
final class KeyFiles {
    private KeyFiles() {}

    record Generated(KeyManifest.Entry entry, SigningKey key) {}

    static Generated generate(Path dir, int number, String keyName, SecureRandom random, Instant validFrom)
            throws IOException {
        Ed25519PrivateKeyParameters privateKey = new Ed25519PrivateKeyParameters(random);
        NoteSigner signer = new NoteSigner(keyName, privateKey);
        String privateFile = String.format("key-%04d.private.pem", number);
        DurableFiles.write(
                dir.resolve(privateFile),
                Ed25519Pem.privateKeyPem(privateKey).getBytes(StandardCharsets.US_ASCII),
                true);
        String publicFile = writePublicKey(dir, number, signer.publicKey());
        PublicKeyInfo info = PublicKeyInfo.of(signer.publicKey(), validFrom, null);
        return new Generated(new KeyManifest.Entry(info, privateFile, publicFile), new SigningKey(info, signer));
    }

    static String writePublicKey(Path dir, int number, VerifierKey key) throws IOException {
        String publicFile = String.format("key-%04d.public.pem", number);
        DurableFiles.write(
                dir.resolve(publicFile),
                Ed25519Pem.publicKeyPem(key.publicKey()).getBytes(StandardCharsets.US_ASCII),
                false);
        return publicFile;
    }

    static SigningKey load(PublicKeyInfo info, Path privateFile) throws IOException {
        if (!Files.isRegularFile(privateFile)) {
            throw new IllegalStateException("the current log key's private key file is missing");
        }
        NoteSigner signer = readSigner(info.keyName(), privateFile);
        if (!signer.verifierKey().equals(info.verifierKey())) {
            throw new IllegalStateException("the private key file does not match the key manifest");
        }
        return new SigningKey(info, signer);
    }

    static NoteSigner readSigner(String keyName, Path privateKeyPem) throws IOException {
        String pem = Files.readString(privateKeyPem, StandardCharsets.US_ASCII);
        try {
            return new NoteSigner(keyName, Ed25519Pem.readPrivateKey(pem));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the log signing key file is not an Ed25519 PKCS#8 PEM key");
        }
    }
}
