package org.jeli.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Runs the application on the S3 blob store: starts an {@link S3ProxyServer}, creates a bucket, and
 * points {@code jeli.storage.*} at it with 5 MiB parts (S3's smallest), so uploads over 5 MiB are
 * multipart. The credentials are the test server's own, not secrets.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {
    public static final String BUCKET = "jeli-quarkus-test";
    private S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = S3ProxyServer.start();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        try (var s3 = server.client()) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
        return Map.of(
                "jeli.storage.backend",
                "s3",
                "jeli.storage.s3.endpoint",
                server.endpoint().toString(),
                "jeli.storage.s3.bucket",
                BUCKET,
                "jeli.storage.s3.access-key",
                S3ProxyServer.ACCESS_KEY,
                "jeli.storage.s3.secret-key",
                S3ProxyServer.SECRET_KEY,
                "jeli.storage.s3.part-size",
                String.valueOf(5 << 20),
                "jeli.test.s3.endpoint",
                server.endpoint().toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                // the JVM ends soon; nothing else holds the port
            }
        }
    }
}
