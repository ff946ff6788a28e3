package org.jeli.provenance.timestamp;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI for timestamp tests, all EC P-256 with SHA256withECDSA: a self-signed root and,
 * for one TSA key, a proper timestamping certificate, an expired one and one without the
 * timestamping extended key usage.
 */
final class TestPki {
    static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant ROOT_NOT_AFTER = Instant.parse("2035-01-01T00:00:00Z");
    static final Instant TSA_NOT_AFTER = Instant.parse("2030-01-01T00:00:00Z");
    static final Instant EXPIRED_NOT_AFTER = Instant.parse("2026-01-01T00:00:00Z");

    final KeyPair rootKey;
    final X509Certificate root;
    final KeyPair tsaKey;
    final X509Certificate tsa;
    final X509Certificate expiredTsa;
    final X509Certificate notATsa;

    private TestPki(String name) throws GeneralSecurityException {
        rootKey = p256();
        X500Name rootName = new X500Name("CN=" + name + " Test Root, O=Jeli tests");
        root = certificate(rootName, rootName, rootKey.getPublic(), rootKey.getPrivate(), 1, ROOT_NOT_AFTER, Kind.CA);
        tsaKey = p256();
        X500Name tsaName = new X500Name("CN=" + name + " Test TSA, O=Jeli tests");
        tsa = certificate(rootName, tsaName, tsaKey.getPublic(), rootKey.getPrivate(), 2, TSA_NOT_AFTER, Kind.TSA);
        expiredTsa = certificate(
                rootName, tsaName, tsaKey.getPublic(), rootKey.getPrivate(), 3, EXPIRED_NOT_AFTER, Kind.TSA);
        notATsa =
                certificate(rootName, tsaName, tsaKey.getPublic(), rootKey.getPrivate(), 4, TSA_NOT_AFTER, Kind.PLAIN);
    }

    static TestPki create(String name) {
        try {
            return new TestPki(name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private enum Kind {
        CA,
        TSA,
        PLAIN
    }

    private static KeyPair p256() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private X509Certificate certificate(
            X500Name issuer,
            X500Name subject,
            PublicKey subjectKey,
            PrivateKey issuerKey,
            long serial,
            Instant notAfter,
            Kind kind)
            throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(serial),
                    Date.from(NOT_BEFORE),
                    Date.from(notAfter),
                    subject,
                    subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            if (kind == Kind.CA) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            }
            if (kind == Kind.TSA) {
                builder.addExtension(
                        Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (org.bouncycastle.operator.OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
