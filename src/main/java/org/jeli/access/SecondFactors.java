package org.jeli.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jeli.common.InvalidFieldException;

/**
 * TOTP second factors: enrolment, confirmation with ten one-time recovery codes, and the check of
 * a login's code. Each time step is accepted at most once per user (replay protection); recovery
 * codes are stored as SHA-256 hashes and each works once.
 */
public final class SecondFactors {
    public static final int RECOVERY_CODES = 10;
    private static final int SECRET_BYTES = 20;
    private static final int RECOVERY_CHARS = 12;
    private static final String RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private final SecondFactorStore store;
    private final Clock clock;
    private final SecureRandom random;
    private final Totp totp;

    public SecondFactors(SecondFactorStore store, Clock clock, SecureRandom random, Totp totp) {
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.totp = totp;
    }

    /** @throws ConflictException when the user already has a confirmed second factor */
    public Enrolment start(long userId, String username) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        if (!store.start(userId, secret, clock.instant())) {
            throw new ConflictException("a second factor is already enabled");
        }
        return enrolment(secret, username);
    }

    /** The started, not yet confirmed enrolment of the user (to show it again), if any. */
    public Optional<Enrolment> pending(long userId, String username) {
        return store.find(userId).filter(f -> !f.confirmed()).map(f -> enrolment(f.secret(), username));
    }

    private Enrolment enrolment(byte[] secret, String username) {
        String base32 = Base32.encode(secret);
        String label = URLEncoder.encode("Jeli:" + username, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%3A", ":");
        return new Enrolment(
                base32,
                "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=Jeli&digits=" + totp.digits()
                        + "&period=30");
    }

    /**
     * Enables the started second factor when {@code code} is its current code; returns the
     * recovery codes, shown this once.
     *
     * @throws ConflictException when it is already enabled
     * @throws InvalidFieldException (field {@code code}) when nothing was started or the code is wrong
     */
    public List<String> confirm(long userId, String code) {
        SecondFactor factor =
                store.find(userId).orElseThrow(() -> new InvalidFieldException("code", "start the enrolment first"));
        if (factor.confirmed()) {
            throw new ConflictException("a second factor is already enabled");
        }
        Instant now = clock.instant();
        OptionalLong step = totp.match(factor.secret(), code == null ? null : code.strip(), now, factor.lastStep());
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        List<byte[]> hashes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            hashes.add(sha256(canonical(recovery).orElseThrow()));
        }
        if (step.isEmpty() || !store.confirm(userId, step.getAsLong(), now, hashes)) {
            throw new InvalidFieldException("code", "is not the authenticator's current code");
        }
        return codes;
    }

    /** Checks a login's {@code X-Jeli-OTP} value (a current code or a recovery code; may be null). */
    public SecondFactorCheck check(long userId, String presented) {
        Optional<SecondFactor> factor = store.find(userId).filter(SecondFactor::confirmed);
        if (factor.isEmpty()) {
            return SecondFactorCheck.NOT_ENROLLED;
        }
        if (presented == null || presented.isBlank()) {
            return SecondFactorCheck.MISSING;
        }
        String value = presented.strip();
        Instant now = clock.instant();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            OptionalLong step =
                    totp.match(factor.get().secret(), value, now, factor.get().lastStep());
            return step.isPresent() && store.acceptStep(userId, step.getAsLong())
                    ? SecondFactorCheck.ACCEPTED
                    : SecondFactorCheck.REJECTED;
        }
        Optional<String> recovery = canonical(value);
        return recovery.isPresent() && store.useRecoveryCode(userId, sha256(recovery.get()), now)
                ? SecondFactorCheck.ACCEPTED
                : SecondFactorCheck.REJECTED;
    }

    public boolean enabled(long userId) {
        return store.find(userId).filter(SecondFactor::confirmed).isPresent();
    }

    /** Removes the user's second factor and recovery codes; false when there was none. */
    public boolean reset(long userId) {
        return store.remove(userId);
    }

    private String recoveryCode() {
        StringBuilder b = new StringBuilder(RECOVERY_CHARS + 2);
        for (int i = 0; i < RECOVERY_CHARS; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return b.toString();
    }

    /** A recovery code without dashes or spaces, lower case; empty when it cannot be one. */
    private static Optional<String> canonical(String code) {
        String c = code.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (c.length() != RECOVERY_CHARS || !c.chars().allMatch(ch -> RECOVERY_ALPHABET.indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    private static byte[] sha256(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
