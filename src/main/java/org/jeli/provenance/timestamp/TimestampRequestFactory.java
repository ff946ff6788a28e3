package org.jeli.provenance.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;

/**
 * Builds RFC 3161 requests: a SHA-256 message imprint, a fresh 128-bit nonce from the injected
 * {@link SecureRandom}, and {@code certReq = true} so the reply carries the TSA certificate the
 * offline verifier needs. No policy is requested: the authority uses its default.
 */
public final class TimestampRequestFactory {
    /** Length of a SHA-256 imprint. */
    public static final int SHA256_LENGTH = 32;

    /** Bits of randomness in each nonce. */
    public static final int NONCE_BITS = 128;

    private final SecureRandom random;

    public TimestampRequestFactory(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A request to timestamp {@code sha256Imprint} (the SHA-256 of what is being timestamped). */
    public TimestampRequest create(byte[] sha256Imprint) {
        if (sha256Imprint == null || sha256Imprint.length != SHA256_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 imprint is 32 bytes");
        }
        byte[] nonceBytes = new byte[NONCE_BITS / 8];
        random.nextBytes(nonceBytes);
        BigInteger nonce = new BigInteger(1, nonceBytes);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        try {
            byte[] encoded = generator
                    .generate(TSPAlgorithms.SHA256, sha256Imprint, nonce)
                    .getEncoded();
            return new TimestampRequest(sha256Imprint, nonce, encoded);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a timestamp request", e);
        }
    }
}
