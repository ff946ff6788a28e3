package org.jeli.provenance.timestamp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Checkpoints are countersigned by an RFC 3161 authority; an outage leaves a backlog that heals. */
@QuarkusTest
@TestProfile(CheckpointTimestampingTest.WithAuthority.class)
class CheckpointTimestampingTest {
    public static class WithAuthority implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TimestampAuthorityResource.class));
        }
    }

    static long checkpointNow() {
        return asAdmin()
                .post("/api/log/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("size");
    }

    static Response timestampOf(long size) {
        return given().get("/api/log/checkpoints/" + size + "/timestamp");
    }

    @Test
    void aCheckpointGetsATimestampThatVerifiesAgainstTheSignedNote() throws Exception {
        upload(freshCollection(), "a.bin", new byte[] {1, 2, 3}).then().statusCode(201);
        long size = checkpointNow();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> timestampOf(size).statusCode() == 200);
        byte[] reply = timestampOf(size)
                .then()
                .contentType("application/timestamp-reply")
                .extract()
                .asByteArray();
        String note = given().get("/api/log/checkpoints/" + size)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(note.getBytes(StandardCharsets.UTF_8));
        TimestampVerification v =
                new TimestampVerifier(List.of(TimestampAuthorityResource.pki.root)).verify(reply, imprint, null);
        assertThat(v.status()).isEqualTo(TimestampStatus.VALID);
        assertThat(v.genTime()).isNotNull();
        TimestampVerification foreign =
                new TimestampVerifier(List.of(TestPki.create("other").root)).verify(reply, imprint, null);
        assertThat(foreign.status()).as("a foreign root is not trusted").isEqualTo(TimestampStatus.UNTRUSTED_CHAIN);
    }

    @Test
    void whenTheAuthorityIsDownTheCheckpointIsStillSignedAndTimestampedLater() {
        TimestampAuthorityResource.authority.misbehave(InProcessTimestampAuthority.Misbehaviour.HTTP_500);
        try {
            upload(freshCollection(), "b.bin", new byte[] {4, 5}).then().statusCode(201);
            long size = checkpointNow();
            given().get("/api/log/checkpoints/" + size).then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> backlog() > 0);
            assertThat(timestampOf(size).statusCode()).isEqualTo(404);
            TimestampAuthorityResource.authority.misbehave(InProcessTimestampAuthority.Misbehaviour.NONE);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> timestampOf(size).statusCode() == 200);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> backlog() == 0);
        } finally {
            TimestampAuthorityResource.authority.misbehave(InProcessTimestampAuthority.Misbehaviour.NONE);
        }
    }

    private static long backlog() {
        Response health = given().get("/q/health/ready");
        Object v = health.jsonPath().get("checks.find { it.name == 'provenance log' }.data.timestampBacklog");
        return v == null ? -1 : ((Number) v).longValue();
    }
}
