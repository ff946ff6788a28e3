package org.jeli.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.jeli.provenance.checkpoint.VerifierKey;

/** Fingerprints people compare by eye or by copy: SHA-256, lowercase hex. */
public final class Fingerprints {
    private Fingerprints() {}

    /** SHA-256 of the 32-byte Ed25519 public key. */
    public static String of(VerifierKey key) {
        return key.fingerprintSha256();
    }

    /** SHA-256 of the certificate's DER encoding (what {@code openssl x509 -fingerprint -sha256} prints). */
    public static String of(X509Certificate certificate) {
        try {
            return sha256(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            return "unencodable";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
