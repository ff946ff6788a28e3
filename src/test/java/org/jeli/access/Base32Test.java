package org.jeli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4648 section 10 vectors (without padding) and round trips of random bytes. */
class Base32Test {
    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void theRfc4648VectorsComeOutWithoutPadding(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).isEqualTo(plain.getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(encoded.toLowerCase())).isEqualTo(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void randomBytesRoundTrip() {
        long seed = System.nanoTime();
        System.out.println("Base32Test seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(41)];
            random.nextBytes(bytes);
            String encoded = Base32.encode(bytes);
            assertThat(encoded).matches("[A-Z2-7]*");
            assertThat(Base32.decode(encoded)).isEqualTo(bytes);
        }
    }

    @Test
    void twentyByteSecretsAreThirtyTwoCharacters() {
        assertThat(Base32.encode(new byte[20])).hasSize(32);
    }

    @Test
    void foreignCharactersAreRefused() {
        assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    }
}
