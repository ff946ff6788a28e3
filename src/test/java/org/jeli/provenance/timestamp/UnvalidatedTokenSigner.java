package org.jeli.provenance.timestamp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Boolean;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TimeStampRequest;

/**
 * Builds a granted reply by hand, with plain CMS, for certificates Bouncy Castle's {@code
 * TimeStampTokenGenerator} refuses to sign with (no timestamping extended key usage). Otherwise
 * shaped like its tokens: TSTInfo content, signing-certificate-v2 attribute, the certificate included.
 */
final class UnvalidatedTokenSigner {
    private UnvalidatedTokenSigner() {}

    static byte[] grantedResponse(
            TimeStampRequest request,
            ASN1ObjectIdentifier policy,
            BigInteger serial,
            Date genTime,
            PrivateKey key,
            X509Certificate cert)
            throws Exception {
        MessageImprint imprint = new MessageImprint(
                new AlgorithmIdentifier(request.getMessageImprintAlgOID()), request.getMessageImprintDigest());
        ASN1Integer nonce = request.getNonce() == null ? null : new ASN1Integer(request.getNonce());
        TSTInfo info = new TSTInfo(
                policy,
                imprint,
                new ASN1Integer(serial),
                new ASN1GeneralizedTime(genTime),
                null,
                ASN1Boolean.FALSE,
                nonce,
                null,
                null);
        byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        Attribute signingCertificate = new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(certHash))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                        new AttributeTable(signingCertificate).add(CMSAttributes.signingTime, new Time(genTime))))
                .build("SHA256withECDSA", key, cert));
        generator.addCertificates(new JcaCertStore(List.of(cert)));
        CMSSignedData signed = generator.generate(
                new CMSProcessableByteArray(PKCSObjectIdentifiers.id_ct_TSTInfo, info.getEncoded(ASN1Encoding.DER)),
                true);
        return new TimeStampResp(new PKIStatusInfo(PKIStatus.granted), signed.toASN1Structure())
                .getEncoded(ASN1Encoding.DER);
    }
}
