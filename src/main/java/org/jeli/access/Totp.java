package org.jeli.access;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with HMAC-SHA1. Pure: the caller
 * supplies the time and remembers which step was last accepted.
 */
public final class Totp {
    /** What authenticator apps use: 6 digits, 30-second steps, one step of clock drift either way. */
    public static final Totp STANDARD = new Totp(6, Duration.ofSeconds(30), 1);

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final int digits;
    private final long stepSeconds;
    private final int window;

    public Totp(int digits, Duration step, int window) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be 6 to 8");
        }
        if (step.toSeconds() < 1 || window < 0) {
            throw new IllegalArgumentException("step must be at least a second, window not negative");
        }
        this.digits = digits;
        this.stepSeconds = step.toSeconds();
        this.window = window;
    }

    public int digits() {
        return digits;
    }

    /** The time step an instant falls in (T in RFC 6238, with T0 = 0). */
    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), stepSeconds);
    }

    /** The code of one time step. */
    public String code(byte[] secret, long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from the JDK", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The newest step within the window around {@code now} whose code equals {@code presented} and
     * that is after {@code lastAcceptedStep}; every step of the window is compared, in constant time.
     */
    public OptionalLong match(byte[] secret, String presented, Instant now, long lastAcceptedStep) {
        if (presented == null || presented.length() != digits) {
            return OptionalLong.empty();
        }
        byte[] given = presented.getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        long found = Long.MIN_VALUE;
        for (long step = current - window; step <= current + window; step++) {
            boolean equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), given);
            if (equal && step > lastAcceptedStep) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }
}
