package org.jeli.storage.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import org.jeli.storage.BlobIntegrityException;
import org.junit.jupiter.api.Test;

class KeyWrapTest {
    private static final String NAME = "ab".repeat(32);
    private final SecureRandom random = new SecureRandom();

    private Kek newKek() {
        byte[] material = new byte[Kek.LENGTH];
        random.nextBytes(material);
        return new Kek(material);
    }

    @Test
    void aWrappedKeyUnwrapsUnderItsKekAndName() throws Exception {
        Kek kek = newKek();
        SecretKey key = KeyWrap.newDataKey(random);

        byte[] wrapped = KeyWrap.wrap(kek, key, NAME, random);

        assertThat(wrapped).hasSize(KeyWrap.WRAPPED_LENGTH);
        assertThat(KeyWrap.kekIdOf(wrapped)).isEqualTo(kek.id());
        assertThat(KeyWrap.unwrap(KekRing.of(kek), wrapped, NAME).getEncoded()).isEqualTo(key.getEncoded());
    }

    @Test
    void anotherNameAnotherKekOrAFlippedByteDoNotUnwrap() throws Exception {
        Kek kek = newKek();
        byte[] wrapped = KeyWrap.wrap(kek, KeyWrap.newDataKey(random), NAME, random);

        assertThatThrownBy(() -> KeyWrap.unwrap(KekRing.of(kek), wrapped, "cd".repeat(32)))
                .isInstanceOf(BlobIntegrityException.class);
        assertThatThrownBy(() -> KeyWrap.unwrap(KekRing.of(newKek()), wrapped, NAME))
                .isInstanceOf(BlobIntegrityException.class)
                .hasMessageContaining("not configured");
        for (int i = 0; i < wrapped.length; i++) {
            byte[] damaged = wrapped.clone();
            damaged[i] ^= 1;
            assertThatThrownBy(() -> KeyWrap.unwrap(new KekRing(kek, List.of(newKek())), damaged, NAME))
                    .isInstanceOf(BlobIntegrityException.class);
        }
    }

    @Test
    void aRingUnwrapsUnderAnyOfItsKeks() throws Exception {
        Kek old = newKek();
        Kek next = newKek();
        SecretKey key = KeyWrap.newDataKey(random);
        byte[] wrapped = KeyWrap.wrap(old, key, NAME, random);

        assertThat(KeyWrap.unwrap(new KekRing(next, List.of(old)), wrapped, NAME)
                        .getEncoded())
                .isEqualTo(key.getEncoded());
    }

    @Test
    void kekIdsAreStableAndTheKeyIsNeverPrinted() {
        byte[] material = new byte[Kek.LENGTH];
        random.nextBytes(material);
        Kek kek = Kek.fromBase64(Base64.getEncoder().encodeToString(material));

        assertThat(new Kek(material).idHex()).isEqualTo(kek.idHex()).hasSize(16);
        assertThat(kek.toString()).doesNotContain(Base64.getEncoder().encodeToString(material));
        assertThatThrownBy(() -> Kek.fromBase64("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Kek.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}
