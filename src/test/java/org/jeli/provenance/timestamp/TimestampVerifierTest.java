package org.jeli.provenance.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jeli.provenance.timestamp.InProcessTimestampAuthority.Misbehaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampVerifierTest {
    private final TestPki pki = TestPki.create("Verifier");
    private final TimestampVerifier verifier = new TimestampVerifier(List.of(pki.root));
    private final byte[] imprint = TimestampClientTest.sha256("jeli.example/log\n7\n...\n");
    private InProcessTimestampAuthority authority;
    private TimestampClient client;

    @BeforeEach
    void start() throws Exception {
        authority = InProcessTimestampAuthority.start(pki, Clock.fixed(TimestampClientTest.GEN_TIME, ZoneOffset.UTC));
        client = new TimestampClient(
                authority.uri(), new TimestampRequestFactory(new SecureRandom()), Duration.ofSeconds(5), 65536);
    }

    @AfterEach
    void stop() {
        authority.close();
    }

    private TimestampReply good() {
        return client.timestamp(imprint);
    }

    private TimestampVerification verify(TimestampReply reply) {
        return verifier.verify(
                reply.response(), reply.request().imprint(), reply.request().nonce());
    }

    @Test
    void aStoredTokenVerifiesLaterWithoutItsNonce() {
        TimestampReply reply = good();
        TimestampVerification stored = verifier.verify(reply.token(), imprint, null);
        assertThat(stored.status()).isEqualTo(TimestampStatus.VALID);
        assertThat(stored.genTime()).isEqualTo(TimestampClientTest.GEN_TIME);
        assertThat(verifier.verify(reply.token(), imprint, reply.request().nonce())
                        .isValid())
                .isTrue();
        assertThat(verifier.verify(reply.response(), imprint, null).isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "WRONG_NONCE, WRONG_NONCE",
        "WRONG_IMPRINT, WRONG_IMPRINT",
        "REJECT, REJECTED_STATUS",
        "EXPIRED_CERT, CERT_EXPIRED",
        "NOT_A_TSA_CERT, NOT_A_TSA_CERT"
    })
    void eachMisbehaviourHasItsNamedFailure(Misbehaviour misbehaviour, TimestampStatus expected) {
        authority.misbehave(misbehaviour);
        TimestampVerification result = verify(good());
        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.detail()).isNotBlank();
        assertThat(result.genTime()).isNull();
    }

    @Test
    void failuresSayWhatWasExpectedAndWhatCame() {
        authority.misbehave(Misbehaviour.WRONG_NONCE);
        TimestampReply reply = good();
        TimestampVerification nonce = verify(reply);
        assertThat(nonce.expected()).isEqualTo(reply.request().nonce().toString(16));
        assertThat(nonce.actual())
                .isEqualTo(reply.request().nonce().add(BigInteger.ONE).toString(16));

        authority.misbehave(Misbehaviour.EXPIRED_CERT);
        TimestampVerification expired = verify(good());
        assertThat(expired.expected()).isEqualTo("valid at 2026-03-01T12:00:00Z");
        assertThat(expired.actual()).isEqualTo("valid 2025-01-01T00:00:00Z to 2026-01-01T00:00:00Z");
    }

    @Test
    void anImprintOfSomethingElseIsWrongImprint() {
        TimestampReply reply = good();
        byte[] other = imprint.clone();
        other[5] ^= 1;
        assertThat(verifier.verify(reply.token(), other, null).status()).isEqualTo(TimestampStatus.WRONG_IMPRINT);
        assertThat(verifier.verify(reply.response(), imprint, BigInteger.TEN).status())
                .isEqualTo(TimestampStatus.WRONG_NONCE);
    }

    @Test
    void aTokenFromAnotherPkiIsUntrusted() {
        TimestampVerifier otherTrust = new TimestampVerifier(List.of(TestPki.create("Other").root));
        TimestampVerification result = otherTrust.verify(good().token(), imprint, null);
        assertThat(result.status()).isEqualTo(TimestampStatus.UNTRUSTED_CHAIN);
    }

    @Test
    void aTamperedSignatureOrGenTimeIsABadSignature() {
        byte[] token = good().token();
        byte[] flipped = token.clone();
        flipped[flipped.length - 1] ^= 1;
        assertThat(verifier.verify(flipped, imprint, null).status()).isEqualTo(TimestampStatus.BAD_SIGNATURE);

        byte[] genTime = "20260301120000Z".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(token, genTime);
        assertThat(at).isPositive();
        byte[] earlier = token.clone();
        earlier[at + 3] = '5';
        assertThat(verifier.verify(earlier, imprint, null).status()).isEqualTo(TimestampStatus.BAD_SIGNATURE);
    }

    @Test
    void refusesTooLargeInputBeforeParsing() {
        byte[] huge = new byte[TimestampVerifier.DEFAULT_MAX_BYTES + 1];
        TimestampVerification result = verifier.verify(huge, imprint, null);
        assertThat(result.status()).isEqualTo(TimestampStatus.TOO_LARGE);
        assertThat(result.actual()).isEqualTo("65537 bytes");
        assertThat(new TimestampVerifier(List.of(pki.root), 100)
                        .verify(good().token(), imprint, null)
                        .status())
                .isEqualTo(TimestampStatus.TOO_LARGE);
    }

    @Test
    void neverThrowsForGarbageTruncationsOrBitFlips() {
        assertThat(verifier.verify(null, imprint, null).status()).isEqualTo(TimestampStatus.MALFORMED);
        assertThat(verifier.verify(new byte[0], imprint, null).status()).isEqualTo(TimestampStatus.MALFORMED);
        assertThat(verifier.verify("garbage".getBytes(StandardCharsets.US_ASCII), imprint, null)
                        .status())
                .isEqualTo(TimestampStatus.MALFORMED);
        assertThat(verifier.verify(new byte[] {0x30, 0x00}, imprint, null).status())
                .isEqualTo(TimestampStatus.MALFORMED);

        byte[] response = good().response();
        for (int length = 0; length < response.length; length++) {
            TimestampVerification result = verifier.verify(Arrays.copyOf(response, length), imprint, null);
            assertThat(result.isValid()).as("truncated to %d bytes", length).isFalse();
        }
        long seed = new SecureRandom().nextLong();
        System.out.println("bit-flip seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            byte[] mutated = response.clone();
            mutated[random.nextInt(mutated.length)] ^= (byte) (1 << random.nextInt(8));
            assertThat(verifier.verify(mutated, imprint, null))
                    .as("seed %d flip %d", seed, i)
                    .isNotNull();
        }
    }

    @Test
    void rejectsAMisshapenExpectation() {
        assertThatThrownBy(() -> verifier.verify(good().token(), new byte[20], null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimestampVerifier(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
