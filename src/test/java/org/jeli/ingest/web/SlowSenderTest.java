package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jeli.access.UserStore;
import org.jeli.limits.RequestLimits;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * A client that sends a few bytes and then stalls is disconnected by the idle timeout, and the
 * upload slot and worker it held are freed. The socket's read timeout (30 s) only bounds the test
 * if the server never hangs up; the server's idle timeout here is 2 s.
 */
@QuarkusTest
@TestProfile(SlowSenderTest.ShortIdleTimeout.class)
class SlowSenderTest {
    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s", "quarkus.http.read-timeout", "2s");
        }
    }

    @Inject
    RequestLimits limits;

    @Inject
    UserStore users;

    @Test
    void aSenderThatStallsInTheHeadersIsDisconnected() throws Exception {
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream()
                    .write("POST /api/items HTTP/1.1\r\nHost: localhost\r\nContent-Ty"
                            .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            assertThat(readToEnd(s.getInputStream())).doesNotContain("201");
        }
    }

    @Test
    void aSenderThatStallsInTheBodyIsDisconnectedAndItsUploadSlotFreed() throws Exception {
        String collection = freshCollection();
        long archivist = users.findByUsername(Api.ARCHIVIST).orElseThrow().id();
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(UploadRateLimitTest.startOfUpload(collection));
            out.flush();
            assertThat(readToEnd(s.getInputStream())).doesNotContain("201");
        }
        // The worker reading the body was released with the connection, and with it the upload slot
        // (a new upload is not tried here: with a 2 s idle timeout a slow machine could time it out).
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> limits.uploadsRunning(archivist) == 0);
    }

    /** Everything the server sends until it closes the connection; a SocketTimeoutException fails the test. */
    private static String readToEnd(InputStream in) throws java.io.IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketException reset) {
            return "connection reset";
        }
    }
}
