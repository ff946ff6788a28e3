package org.jeli.provenance.timestamp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Verifies RFC 3161 replies and stored tokens against configured trusted roots. In order: size,
 * structure, PKIStatus, the signing certificate (extended key usage, validity at genTime), the CMS
 * signature and its ESS signing-certificate binding, the certification path at genTime (no
 * revocation checking), then the SHA-256 imprint and, when given, the nonce.
 *
 * <p>No clock: every date check uses the token's own genTime, so a token verifies the same way
 * years later. {@link #verify} never throws for bad input. Thread-safe and immutable.
 */
public final class TimestampVerifier {
    /** Default upper bound of a token or reply. */
    public static final int DEFAULT_MAX_BYTES = TimestampClient.DEFAULT_MAX_REPLY_BYTES;

    private static final HexFormat HEX = HexFormat.of();

    private final TsaCertificates certificates;
    private final int maxBytes;

    public TimestampVerifier(List<X509Certificate> trustedRoots) {
        this(trustedRoots, DEFAULT_MAX_BYTES);
    }

    public TimestampVerifier(List<X509Certificate> trustedRoots, int maxBytes) {
        this.certificates = new TsaCertificates(trustedRoots);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Verifies a DER TimeStampResp or TimeStampToken.
     *
     * @param expectedImprintSha256 the SHA-256 the token must cover (32 bytes)
     * @param expectedNonce the nonce of the request; {@code null} for stored tokens
     */
    public TimestampVerification verify(
            byte[] tokenOrResponse, byte[] expectedImprintSha256, BigInteger expectedNonce) {
        if (expectedImprintSha256 == null || expectedImprintSha256.length != 32) {
            throw new IllegalArgumentException("the expected imprint is a 32-byte SHA-256");
        }
        if (tokenOrResponse == null) {
            return TimestampVerification.failure(TimestampStatus.MALFORMED, "no token");
        }
        if (tokenOrResponse.length > maxBytes) {
            return TimestampVerification.failure(
                    TimestampStatus.TOO_LARGE,
                    "larger than the limit",
                    "at most " + maxBytes + " bytes",
                    tokenOrResponse.length + " bytes");
        }
        try {
            TokenParser.Parsed parsed = TokenParser.parse(tokenOrResponse);
            return parsed.failure() != null
                    ? parsed.failure()
                    : check(parsed.token(), expectedImprintSha256, expectedNonce);
        } catch (RuntimeException e) {
            return TimestampVerification.failure(TimestampStatus.MALFORMED, "the token could not be processed");
        }
    }

    private TimestampVerification check(TimeStampToken token, byte[] imprint, BigInteger nonce) {
        TimeStampTokenInfo info = token.getTimeStampInfo();
        Date genTime = info.getGenTime();
        X509CertificateHolder signer = signerCertificate(token);
        if (signer == null) {
            return TimestampVerification.failure(
                    TimestampStatus.UNTRUSTED_CHAIN, "the token carries no certificate for its signer");
        }
        if (!TsaCertificates.isTimestampingCertificate(signer)) {
            return TimestampVerification.failure(
                    TimestampStatus.NOT_A_TSA_CERT,
                    "the signing certificate is not a timestamping certificate",
                    "critical extended key usage id-kp-timeStamping only",
                    signer.getExtension(Extension.extendedKeyUsage) == null
                            ? "no extended key usage"
                            : "another extended key usage");
        }
        if (!signer.isValidOn(genTime)) {
            return TimestampVerification.failure(
                    TimestampStatus.CERT_EXPIRED,
                    "the signing certificate was not valid at genTime",
                    "valid at " + genTime.toInstant(),
                    "valid " + signer.getNotBefore().toInstant() + " to "
                            + signer.getNotAfter().toInstant());
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
        } catch (Exception e) {
            return TimestampVerification.failure(
                    TimestampStatus.BAD_SIGNATURE, "the token's signature does not verify with its certificate");
        }
        X509Certificate signerCert = convert(signer);
        String untrusted = certificates.whyUntrusted(signerCert, tokenCertificates(token), genTime);
        if (untrusted != null) {
            return TimestampVerification.failure(TimestampStatus.UNTRUSTED_CHAIN, untrusted);
        }
        if (!NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())) {
            return TimestampVerification.failure(
                    TimestampStatus.WRONG_IMPRINT,
                    "the imprint is not a SHA-256",
                    NISTObjectIdentifiers.id_sha256.getId(),
                    info.getMessageImprintAlgOID().getId());
        }
        byte[] actual = info.getMessageImprintDigest();
        if (!MessageDigest.isEqual(actual, imprint)) {
            return TimestampVerification.failure(
                    TimestampStatus.WRONG_IMPRINT,
                    "the token covers another hash",
                    HEX.formatHex(imprint),
                    HEX.formatHex(actual));
        }
        if (nonce != null && !nonce.equals(info.getNonce())) {
            return TimestampVerification.failure(
                    TimestampStatus.WRONG_NONCE,
                    "the token does not echo the request's nonce",
                    nonce.toString(16),
                    info.getNonce() == null ? "no nonce" : info.getNonce().toString(16));
        }
        return TimestampVerification.valid(
                genTime.toInstant(), signerCert.getSubjectX500Principal().getName(), info.getSerialNumber());
    }

    private X509CertificateHolder signerCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (!matches.isEmpty()) {
            return matches.iterator().next();
        }
        for (X509Certificate root : certificates.roots()) {
            try {
                X509CertificateHolder holder = new JcaX509CertificateHolder(root);
                if (token.getSID().match(holder)) {
                    return holder;
                }
            } catch (CertificateEncodingException e) {
                // a root that cannot be re-encoded cannot have signed this token
            }
        }
        return null;
    }

    private static List<X509Certificate> tokenCertificates(TimeStampToken token) {
        List<X509Certificate> out = new ArrayList<>();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            out.add(convert(holder));
        }
        return out;
    }

    private static X509Certificate convert(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("unreadable certificate in token", e);
        }
    }
}
