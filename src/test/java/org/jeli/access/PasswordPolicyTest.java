package org.jeli.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = PasswordPolicy.withBundledList();

    private static Optional<PasswordRejection> check(String username, String password) {
        return POLICY.check(username, password.toCharArray()).rejection();
    }

    @Test
    void theBundledListHasSeveralHundredEntries() {
        assertThat(POLICY.commonPasswordCount()).isBetween(300, 2000);
    }

    @Test
    void elevenCharactersAreTooShortTwelveAreEnough() {
        assertThat(check("amina", "kx7-vb2-qp9")).contains(PasswordRejection.TOO_SHORT);
        assertThat(check("amina", "kx7-vb2-qp9w")).isEmpty();
        assertThat(check("amina", "")).contains(PasswordRejection.TOO_SHORT);
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        String elevenEmoji = "😀".repeat(11);
        assertThat(elevenEmoji.length()).isEqualTo(22);
        assertThat(check("amina", elevenEmoji)).contains(PasswordRejection.TOO_SHORT);
        assertThat(check("amina", "😀".repeat(12))).isEmpty();
        assertThat(check("amina", "😀".repeat(256))).isEmpty();
        assertThat(check("amina", "😀".repeat(257))).contains(PasswordRejection.TOO_LONG);
    }

    @Test
    void morethan256CharactersAreTooLong() {
        assertThat(check("amina", "a1b2".repeat(64))).isEmpty();
        assertThat(check("amina", "a1b2".repeat(64) + "c")).contains(PasswordRejection.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012",
                "password1234",
                "PASSWORD1234",
                "qwertyuiopas",
                "iloveyou1234",
                "motdepasse123",
                "MotDePasse123",
                "azertyuiop12",
                "correcthorsebatterystaple"
            })
    void commonPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(check("amina", password)).contains(PasswordRejection.TOO_COMMON);
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        assertThat(check("amina.traore.bamako", "Amina.Traore.Bamako")).contains(PasswordRejection.SAME_AS_USERNAME);
        assertThat(check("amina.traore.bamako", "amina.traore.bamako!")).isEmpty();
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(POLICY.check("amina", "sous le baobab, trois chèvres".toCharArray())
                        .accepted())
                .isTrue();
        assertThat(POLICY.check(null, "sous le baobab, trois chèvres".toCharArray())
                        .accepted())
                .isTrue();
    }
}
