package org.jeli.provenance.timestamp;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;

/** The checks RFC 3161 puts on a TSA certificate, and path building to the configured roots. */
final class TsaCertificates {
    private final List<X509Certificate> roots;
    private final Set<TrustAnchor> anchors;

    TsaCertificates(List<X509Certificate> roots) {
        if (roots == null || roots.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted root certificate is needed");
        }
        this.roots = List.copyOf(roots);
        this.anchors = this.roots.stream().map(r -> new TrustAnchor(r, null)).collect(Collectors.toUnmodifiableSet());
    }

    List<X509Certificate> roots() {
        return roots;
    }

    /**
     * Whether {@code cert} is a timestamping certificate: an extended key usage extension, marked
     * critical, whose only purpose is id-kp-timeStamping (RFC 3161 section 2.3).
     */
    static boolean isTimestampingCertificate(X509CertificateHolder cert) {
        Extension extension = cert.getExtension(Extension.extendedKeyUsage);
        if (extension == null || !extension.isCritical()) {
            return false;
        }
        try {
            KeyPurposeId[] usages =
                    ExtendedKeyUsage.getInstance(extension.getParsedValue()).getUsages();
            return usages.length == 1 && usages[0].equals(KeyPurposeId.id_kp_timeStamping);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Builds a path from {@code signer} through any of {@code others} to a configured root, valid at
     * {@code at}, without revocation checking (tokens are verified years later, offline).
     *
     * @return {@code null} when a path exists, otherwise why not
     */
    String whyUntrusted(X509Certificate signer, Collection<X509Certificate> others, Date at) {
        if (roots.contains(signer)) {
            return null;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.setRevocationEnabled(false);
            params.setDate(at);
            List<X509Certificate> pool = new ArrayList<>(others);
            pool.add(signer);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            CertPathBuilder.getInstance("PKIX").build(params);
            return null;
        } catch (GeneralSecurityException | RuntimeException e) {
            return "no certification path to a trusted root at genTime";
        }
    }
}
