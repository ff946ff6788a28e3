package org.jeli.provenance.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentsTest {
    private static final byte[] SALT = filled(0x42);

    private static byte[] filled(int b) {
        byte[] salt = new byte[32];
        Arrays.fill(salt, (byte) b);
        return salt;
    }

    @Test
    void matchesTheGoldenValue() {
        // SHA-256(32 x 0x42 || UTF-8("Amina Haddad")), computed independently with Python's hashlib.
        Commitment c = Commitments.commit("salt-7", SALT, "Amina Haddad");

        assertThat(HexFormat.of().formatHex(c.hash()))
                .isEqualTo("db359e6dfa3a07f44dc04beca033b400ab7bfc43c2c475c95214d180166a9b97");
        assertThat(Commitments.toText(c)).isEqualTo("c1:salt-7:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c");
    }

    @Test
    void isDeterministicForTheSameSaltAndValue() {
        assertThat(Commitments.commit("s", SALT, "+963 11 555 0199"))
                .isEqualTo(Commitments.commit("s", SALT.clone(), "+963 11 555 0199"));
    }

    @Test
    void differsForDifferentSaltsAndValues() {
        Commitment c = Commitments.commit("s", SALT, "Aleppo");

        assertThat(Commitments.commit("s", filled(0x43), "Aleppo").hash()).isNotEqualTo(c.hash());
        assertThat(Commitments.commit("s", SALT, "Aleppo ").hash()).isNotEqualTo(c.hash());
        assertThat(Commitments.commit("t", SALT, "Aleppo")).isNotEqualTo(c);
    }

    @Test
    void normalisesToNfcSoComposedAndDecomposedTextCommitAlike() {
        Commitment composed = Commitments.commit("s", SALT, "Jos\u00e9");
        Commitment decomposed = Commitments.commit("s", SALT, "Jose\u0301");

        assertThat(decomposed).isEqualTo(composed);
        assertThat(Commitments.toText(composed)).isEqualTo("c1:s:LFfkBwPRdiKzOiYdcueCwtYXoOLJldlntqZ9o_sqNio");
        assertThat(Commitments.matches(composed, SALT, "Jose\u0301")).isTrue();
    }

    @Test
    void matchesOnlyTheCommittedValueUnderItsSalt() {
        Commitment c = Commitments.commit("s", SALT, "\u0634\u0647\u0627\u062f\u0629");

        assertThat(Commitments.matches(c, SALT, "\u0634\u0647\u0627\u062f\u0629"))
                .isTrue();
        assertThat(Commitments.matches(c, SALT, "\u0634\u0647\u0627\u062f")).isFalse();
        assertThat(Commitments.matches(c, filled(0), "\u0634\u0647\u0627\u062f\u0629"))
                .isFalse();
    }

    @Test
    void textRoundTripsForFreshSalts() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 100; i++) {
            byte[] salt = Commitments.newSalt(random);
            Commitment c = Commitments.commit("id_" + i, salt, "file-" + i + ".jpg");

            assertThat(salt).hasSize(Commitments.SALT_LENGTH);
            String text = Commitments.toText(c);
            assertThat(text).matches("c1:id_[0-9]+:[A-Za-z0-9_-]{43}");
            assertThat(Commitments.parse(text)).isEqualTo(c);
            assertThat(c.toString()).isEqualTo(text);
        }
        assertThat(Commitments.newSalt(random)).isNotEqualTo(Commitments.newSalt(random));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "c1:",
                "c1:s:",
                "c2:s:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c",
                "C1:s:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c",
                "c1::2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c",
                "c1:a::2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c",
                "c1:a:b:c:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c:",
                "c1:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c",
                "c1:s p:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c",
                "c1:s:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c=",
                "c1:s:2zWebfo6B/RNwEvsoDO0AKt7/EPCxHXJUhTRgBZqm5c",
                "c1:s:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5d",
                "c1:s:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5",
                "c1:s:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5cA",
                " c1:s:2zWebfo6B_RNwEvsoDO0AKt7_EPCxHXJUhTRgBZqm5c"
            })
    void parseRejectsAnythingButTheExactTextForm(String text) {
        assertThatThrownBy(() -> Commitments.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("2zWeb"));
    }

    @Test
    void rejectsBadSaltsSaltIdsAndValues() {
        assertThatThrownBy(() -> Commitments.commit("s", new byte[16], "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commitments.commit("s", null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commitments.commit("s", SALT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commitments.commit("s", SALT, "\ud800")).isInstanceOf(IllegalArgumentException.class);
        for (String saltId : new String[] {"", "a b", ":a", "a:", "a::b", "a/b", "\u00e9"}) {
            assertThatThrownBy(() -> Commitments.commit(saltId, SALT, "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Commitments.commit("x".repeat(129), SALT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Commitment("s", new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsStructuredSaltIdsAndParsesThemBack() {
        String metadataId = "metadata:" + "ab".repeat(32) + ":5f0c6a52-3f7e-4c1b-9d2a-8e4b7c1d2e3f";
        for (String saltId : new String[] {"submission:5f0c6a52-3f7e-4c1b-9d2a-8e4b7c1d2e3f:claims", metadataId}) {
            Commitment c = Commitments.commit(saltId, SALT, "x");

            assertThat(Commitments.parse(Commitments.toText(c))).isEqualTo(c);
            assertThat(Commitments.parse(Commitments.toText(c)).saltId()).isEqualTo(saltId);
        }
    }

    @Test
    void copiesTheHashInAndOut() {
        byte[] hash = new byte[32];
        Commitment c = new Commitment("s", hash);

        hash[0] = 1;
        c.hash()[1] = 1;

        assertThat(c.hash()).isEqualTo(new byte[32]);
    }
}
