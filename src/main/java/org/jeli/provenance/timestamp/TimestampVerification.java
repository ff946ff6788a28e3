package org.jeli.provenance.timestamp;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@link TimestampVerifier#verify} found.
 *
 * @param status the outcome
 * @param genTime the time the authority attests; {@code null} unless valid
 * @param tsaName the signing certificate's subject (RFC 2253); {@code null} unless valid
 * @param serialNumber the token's serial number; {@code null} unless valid
 * @param detail a short, safe explanation; {@code null} when valid
 * @param expected what the verifier wanted, or {@code null}
 * @param actual what the token held, or {@code null}
 */
public record TimestampVerification(
        TimestampStatus status,
        Instant genTime,
        String tsaName,
        BigInteger serialNumber,
        String detail,
        String expected,
        String actual) {

    public TimestampVerification {
        Objects.requireNonNull(status, "status");
        boolean valid = status == TimestampStatus.VALID;
        if (valid && (genTime == null || tsaName == null || serialNumber == null)) {
            throw new IllegalArgumentException("a valid timestamp has genTime, TSA name and serial");
        }
        if (!valid && (genTime != null || tsaName != null || serialNumber != null)) {
            throw new IllegalArgumentException("a failed timestamp attests nothing");
        }
    }

    static TimestampVerification valid(Instant genTime, String tsaName, BigInteger serialNumber) {
        return new TimestampVerification(TimestampStatus.VALID, genTime, tsaName, serialNumber, null, null, null);
    }

    static TimestampVerification failure(TimestampStatus status, String detail, String expected, String actual) {
        return new TimestampVerification(status, null, null, null, detail, expected, actual);
    }

    static TimestampVerification failure(TimestampStatus status, String detail) {
        return failure(status, detail, null, null);
    }

    public boolean isValid() {
        return status == TimestampStatus.VALID;
    }
}
