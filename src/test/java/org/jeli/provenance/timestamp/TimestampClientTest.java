package org.jeli.provenance.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.jeli.provenance.timestamp.InProcessTimestampAuthority.Misbehaviour;
import org.jeli.provenance.timestamp.TimestampUnavailableException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimestampClientTest {
    static final Instant GEN_TIME = Instant.parse("2026-03-01T12:00:00Z");

    private final TestPki pki = TestPki.create("Client");
    private InProcessTimestampAuthority authority;
    private TimestampClient client;
    private final byte[] imprint = sha256("jeli.example/log\n1\n...\n");

    @BeforeEach
    void start() throws Exception {
        authority = InProcessTimestampAuthority.start(pki, Clock.fixed(GEN_TIME, ZoneOffset.UTC));
        client = client(authority.uri(), Duration.ofSeconds(5), TimestampClient.DEFAULT_MAX_REPLY_BYTES);
    }

    @AfterEach
    void stop() {
        authority.close();
    }

    static TimestampClient client(URI uri, Duration timeout, int max) {
        return new TimestampClient(uri, new TimestampRequestFactory(new SecureRandom()), timeout, max);
    }

    @Test
    void sendsAProperRequestAndGetsAGrantedReplyThatVerifies() {
        TimestampReply reply = client.timestamp(imprint);

        assertThat(authority.lastContentType()).isEqualTo("application/timestamp-query");
        TimeStampRequest sent = authority.lastRequest();
        assertThat(sent.getMessageImprintAlgOID()).isEqualTo(TSPAlgorithms.SHA256);
        assertThat(sent.getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(sent.getCertReq()).isTrue();
        assertThat(sent.getNonce()).isEqualTo(reply.request().nonce());
        assertThat(reply.request().nonce().bitLength()).isGreaterThan(64);
        assertThat(reply.status()).isZero();
        assertThat(reply.token()).isNotNull();

        TimestampVerification result = new TimestampVerifier(List.of(pki.root))
                .verify(
                        reply.response(),
                        reply.request().imprint(),
                        reply.request().nonce());
        assertThat(result.status()).isEqualTo(TimestampStatus.VALID);
        assertThat(result.genTime()).isEqualTo(GEN_TIME);
        assertThat(result.tsaName()).contains("CN=Client Test TSA");
        assertThat(result.serialNumber()).isGreaterThan(BigInteger.valueOf(1000));
    }

    @Test
    void aRefusalIsAReplyNotAnException() {
        authority.misbehave(Misbehaviour.REJECT);
        TimestampReply reply = client.timestamp(imprint);
        assertThat(reply.status()).isEqualTo(2);
        assertThat(reply.token()).isNull();
    }

    @Test
    void refusesAStreamedOversizedReplyWhileReadingIt() {
        authority.misbehave(Misbehaviour.OVERSIZED_STREAMED);
        assertUnavailable(Reason.OVERSIZED);
    }

    @Test
    void refusesADeclaredOversizedReplyBeforeReadingIt() {
        authority.misbehave(Misbehaviour.OVERSIZED_DECLARED);
        assertUnavailable(Reason.OVERSIZED);
    }

    @Test
    void theLimitIsConfigurable() {
        TimestampClient tiny = client(authority.uri(), Duration.ofSeconds(5), 100);
        assertThatThrownBy(() -> tiny.timestamp(imprint))
                .isInstanceOfSatisfying(
                        TimestampUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OVERSIZED));
    }

    @Test
    void anHttpErrorIsUnavailability() {
        authority.misbehave(Misbehaviour.HTTP_500);
        assertUnavailable(Reason.HTTP_STATUS);
    }

    @Test
    void aReplyThatIsNotATimeStampRespIsUnavailability() {
        authority.misbehave(Misbehaviour.GARBAGE);
        assertUnavailable(Reason.MALFORMED_REPLY);
    }

    @Test
    void aStallingAuthorityTimesOut() {
        authority.misbehave(Misbehaviour.STALL);
        TimestampClient impatient = client(authority.uri(), Duration.ofMillis(300), 65536);
        assertThatThrownBy(() -> impatient.timestamp(imprint))
                .isInstanceOfSatisfying(
                        TimestampUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
    }

    @Test
    void anUnreachableAuthorityIsUnavailability() {
        URI gone = authority.uri();
        authority.close();
        TimestampClient toNowhere = client(gone, Duration.ofSeconds(2), 65536);
        assertThatThrownBy(() -> toNowhere.timestamp(imprint))
                .isInstanceOfSatisfying(TimestampUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("timestamp authority http://127.0.0.1:");
                });
    }

    @Test
    void requestsCarryFreshNoncesAndValidateTheirInput() {
        TimestampRequestFactory factory = new TimestampRequestFactory(new SecureRandom());
        assertThat(factory.create(imprint).nonce())
                .isNotEqualTo(factory.create(imprint).nonce());
        assertThatThrownBy(() -> factory.create(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client(authority.uri(), Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client(authority.uri(), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertUnavailable(Reason reason) {
        assertThatThrownBy(() -> client.timestamp(imprint))
                .isInstanceOfSatisfying(
                        TimestampUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
