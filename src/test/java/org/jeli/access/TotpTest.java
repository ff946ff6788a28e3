package org.jeli.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B (the HMAC-SHA1 rows), the verification window and replay protection. */
class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Totp EIGHT_DIGITS = new Totp(8, Duration.ofSeconds(30), 1);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void theRfc6238Sha1VectorsComeOut(long unixTime, String expected) {
        Instant at = Instant.ofEpochSecond(unixTime);
        assertThat(EIGHT_DIGITS.code(RFC_SECRET, EIGHT_DIGITS.stepAt(at))).isEqualTo(expected);
        assertThat(EIGHT_DIGITS.match(RFC_SECRET, expected, at, -1)).hasValue(EIGHT_DIGITS.stepAt(at));
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcValues() {
        assertThat(Totp.STANDARD.code(RFC_SECRET, Totp.STANDARD.stepAt(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
        assertThat(Totp.STANDARD.code(RFC_SECRET, Totp.STANDARD.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
    }

    @Test
    void oneStepOfDriftEitherWayIsAcceptedTwoAreNot() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.STANDARD.stepAt(now);
        for (long drift = -1; drift <= 1; drift++) {
            String code = Totp.STANDARD.code(RFC_SECRET, step + drift);
            assertThat(Totp.STANDARD.match(RFC_SECRET, code, now, -1)).hasValue(step + drift);
        }
        assertThat(Totp.STANDARD.match(RFC_SECRET, Totp.STANDARD.code(RFC_SECRET, step + 2), now, -1))
                .isEmpty();
        assertThat(Totp.STANDARD.match(RFC_SECRET, Totp.STANDARD.code(RFC_SECRET, step - 2), now, -1))
                .isEmpty();
    }

    @Test
    void aStepAlreadyAcceptedIsNotAcceptedAgain() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.STANDARD.stepAt(now);
        String code = Totp.STANDARD.code(RFC_SECRET, step);
        assertThat(Totp.STANDARD.match(RFC_SECRET, code, now, step - 1)).hasValue(step);
        assertThat(Totp.STANDARD.match(RFC_SECRET, code, now, step)).isEmpty();
    }

    @Test
    void malformedCodesAreRefused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.STANDARD.match(RFC_SECRET, null, now, -1)).isEmpty();
        assertThat(Totp.STANDARD.match(RFC_SECRET, "28708", now, -1)).isEmpty();
        assertThat(Totp.STANDARD.match(RFC_SECRET, "2870820", now, -1)).isEmpty();
    }
}
