package org.jeli.provenance.timestamp;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** Tells a TimeStampResp from a bare TimeStampToken and extracts the token of a granted reply. */
final class TokenParser {
    private TokenParser() {}

    /** Either a token or the failure that prevents having one. */
    record Parsed(TimeStampToken token, TimestampVerification failure) {}

    static Parsed parse(byte[] der) {
        ASN1Sequence outer;
        try {
            outer = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            return malformed("not DER");
        }
        if (outer.size() == 0) {
            return malformed("empty structure");
        }
        try {
            if (outer.getObjectAt(0) instanceof ASN1ObjectIdentifier) {
                return new Parsed(new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(outer))), null);
            }
            TimeStampResponse response = new TimeStampResponse(TimeStampResp.getInstance(outer));
            int status = response.getStatus();
            if (status != 0 && status != 1) {
                return new Parsed(
                        null,
                        TimestampVerification.failure(
                                TimestampStatus.REJECTED_STATUS,
                                "the authority did not grant the request",
                                "granted (0) or grantedWithMods (1)",
                                "status " + status + failureBits(response.getFailInfo())));
            }
            TimeStampToken token = response.getTimeStampToken();
            return token == null ? malformed("a granted reply without a token") : new Parsed(token, null);
        } catch (TSPValidationException e) {
            return new Parsed(
                    null,
                    TimestampVerification.failure(
                            TimestampStatus.BAD_SIGNATURE,
                            "the token's signed attributes disagree with its content or certificate"));
        } catch (TSPException | CMSException | IOException | RuntimeException e) {
            return malformed("not an RFC 3161 reply or token");
        }
    }

    private static String failureBits(PKIFailureInfo info) {
        return info == null ? "" : ", failInfo 0x" + Integer.toHexString(info.intValue());
    }

    private static Parsed malformed(String detail) {
        return new Parsed(null, TimestampVerification.failure(TimestampStatus.MALFORMED, detail));
    }
}
