package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.jeli.access.MutableClock;
import org.jeli.access.UserStore;
import org.jeli.access.quarkus.TestClock;
import org.jeli.limits.RequestLimits;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads past a user's rate or concurrency limit get 429 with Retry-After; others are unaffected. */
@QuarkusTest
@TestProfile(UploadRateLimitTest.SmallLimits.class)
class UploadRateLimitTest {
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "jeli.limits.uploads.burst", "2",
                    "jeli.limits.uploads.per-minute", "1",
                    "jeli.limits.concurrent-uploads-per-user", "1",
                    "jeli.limits.busy-retry-after", "7s");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(TestClock.class);
        }
    }

    @Inject
    MutableClock clock;

    @Inject
    RequestLimits limits;

    @Inject
    UserStore users;

    @BeforeEach
    void refill() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void uploadsPastTheRateAre429UntilAMinuteHasPassed() {
        String collection = freshCollection();
        upload(collection, "one.bin", new byte[] {1}).then().statusCode(201);
        upload(collection, "two.bin", new byte[] {2}).then().statusCode(201);
        upload(collection, "three.bin", new byte[] {3})
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "60")
                .body("code", equalTo("too-many-requests"));
        // a tus creation is an upload started too
        asArchivist()
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "1")
                .header("Upload-Metadata", "collection " + b64(collection))
                .post("/api/uploads")
                .then()
                .statusCode(429)
                .header("Retry-After", "60");
        // reading is not limited
        asArchivist()
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofSeconds(60));
        upload(collection, "three.bin", new byte[] {3}).then().statusCode(201);
    }

    @Test
    void aSecondUploadWhileTheFirstIsRunningIs429AndTheSlotFreesWhenTheFirstEnds() throws Exception {
        String collection = freshCollection();
        long archivist = users.findByUsername(Api.ARCHIVIST).orElseThrow().id();
        try (Socket slow = new Socket("localhost", RestAssured.port)) {
            OutputStream out = slow.getOutputStream();
            out.write(startOfUpload(collection));
            out.flush();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> limits.uploadsRunning(archivist) == 1);
            upload(collection, "second.bin", new byte[] {2})
                    .then()
                    .statusCode(429)
                    .header("Retry-After", "7")
                    .body("code", equalTo("too-many-requests"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> limits.uploadsRunning(archivist) == 0);
        upload(collection, "second.bin", new byte[] {2}).then().statusCode(201);
        assertThat(limits.uploadsRunning(archivist)).isZero();
    }

    /** Headers and the beginning of a multipart upload whose file never finishes arriving. */
    static byte[] startOfUpload(String collection) {
        String auth = Base64.getEncoder()
                .encodeToString((Api.ARCHIVIST + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = "--b\r\nContent-Disposition: form-data; name=\"collection\"\r\n\r\n" + collection
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.bin\"\r\n\r\n"
                + "first bytes";
        String head = "POST /api/items HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
