package org.jeli.provenance.timestamp;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One RFC 3161 TimeStampReq as sent, with what the reply must echo.
 *
 * @param imprint the SHA-256 message imprint (32 bytes; copied in and out)
 * @param nonce the random nonce the reply must carry
 * @param encoded the DER TimeStampReq (copied in and out)
 */
public record TimestampRequest(byte[] imprint, BigInteger nonce, byte[] encoded) {
    public TimestampRequest {
        if (imprint == null || imprint.length != TimestampRequestFactory.SHA256_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 imprint is 32 bytes");
        }
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(encoded, "encoded");
        imprint = imprint.clone();
        encoded = encoded.clone();
    }

    @Override
    public byte[] imprint() {
        return imprint.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimestampRequest other && java.util.Arrays.equals(other.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "TimestampRequest[nonce=" + nonce.toString(16) + "]";
    }
}
