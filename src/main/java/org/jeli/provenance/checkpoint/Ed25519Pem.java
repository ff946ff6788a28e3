package org.jeli.provenance.checkpoint;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Ed25519 keys as PEM: private keys as unencrypted PKCS#8 v1 ({@code PRIVATE KEY}, RFC 8410 — what
 * {@code openssl genpkey -algorithm ed25519} writes), public keys as SubjectPublicKeyInfo ({@code
 * PUBLIC KEY}).
 */
final class Ed25519Pem {
    private static final AlgorithmIdentifier ED25519 = new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);

    private Ed25519Pem() {}

    static String privateKeyPem(Ed25519PrivateKeyParameters key) {
        try {
            PrivateKeyInfo info = new PrivateKeyInfo(ED25519, new DEROctetString(key.getEncoded()));
            return pem("PRIVATE KEY", info.getEncoded("DER"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an Ed25519 private key", e);
        }
    }

    static String publicKeyPem(byte[] publicKey) {
        try {
            return pem("PUBLIC KEY", new SubjectPublicKeyInfo(ED25519, publicKey).getEncoded("DER"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an Ed25519 public key", e);
        }
    }

    /**
     * Reads an unencrypted PKCS#8 Ed25519 private key.
     *
     * @throws IllegalArgumentException when the text is not one (the message never holds key bytes)
     */
    static Ed25519PrivateKeyParameters readPrivateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (object instanceof PrivateKeyInfo info) {
                AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
                if (key instanceof Ed25519PrivateKeyParameters ed25519) {
                    return ed25519;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an unencrypted PKCS#8 PEM private key");
        }
        throw new IllegalArgumentException("not an Ed25519 PKCS#8 PEM private key");
    }

    /** Reads an Ed25519 SubjectPublicKeyInfo PEM and returns the 32 raw key bytes. */
    static byte[] readPublicKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (object instanceof SubjectPublicKeyInfo info
                    && PublicKeyFactory.createKey(info) instanceof Ed25519PublicKeyParameters key) {
                return key.getEncoded();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PEM public key");
        }
        throw new IllegalArgumentException("not an Ed25519 PEM public key");
    }

    private static String pem(String type, byte[] der) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString();
    }
}
