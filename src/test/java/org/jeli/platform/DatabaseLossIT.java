package org.jeli.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.jeli.testsupport.ArchiveClient;
import org.jeli.testsupport.PackagedArchive;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL is stopped, requests fail fast with {@code 503 database-unavailable} and
 * {@code Retry-After}; when the same server comes back on the same port and data, the running
 * service works again without a restart. The client gives up after 30 s, so a request that hung
 * instead of failing would fail the test.
 */
class DatabaseLossIT {
    private static final String ADMIN_PASSWORD = "database-loss-password";
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 30_000)
                    .setParam("http.socket.timeout", 30_000));

    @Test
    void requestsAnswer503WhileTheDatabaseIsDownAndWorkAgainWhenItReturns() throws Exception {
        Path root = Files.createTempDirectory("jeli-test-db-loss");
        Path cluster = root.resolve("separate-server");
        EmbeddedPostgres pg = start(cluster, 0);
        int port = pg.getPort();
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                pg.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME",
                "postgres",
                "JELI_ADMIN_PASSWORD",
                ADMIN_PASSWORD);
        Path data = root.resolve("jeli-data");
        try (PackagedArchive archive = PackagedArchive.start(data, env)) {
            ArchiveClient client = new ArchiveClient(archive.baseUri(), ADMIN_PASSWORD);
            client.collectionWithArchivistAndInvestigator("outage");
            String id = upload(client, "before.bin")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            pg.close();
            client.as("investigator-1")
                    .config(BOUNDED)
                    .get("/api/items/" + id)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("code", equalTo("database-unavailable"));
            upload(client, "during.bin").then().statusCode(503).body("code", equalTo("database-unavailable"));
            try (Stream<Path> tmp = Files.list(data.resolve("blobs").resolve("tmp"))) {
                assertThat(tmp).as("nothing half-written is left").isEmpty();
            }

            pg = start(cluster, port);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> client.as("investigator-1")
                                    .config(BOUNDED)
                                    .get("/api/items/" + id)
                                    .statusCode()
                            == 200);
            upload(client, "after.bin").then().statusCode(201);
            assertThat(archive.output()).doesNotContain("before.bin", "during.bin", "after.bin");
        } finally {
            pg.close();
        }
    }

    private static io.restassured.response.Response upload(ArchiveClient client, String name) {
        return client.as("archivist-1")
                .config(BOUNDED)
                .multiPart("collection", "outage")
                .multiPart("file", name, new byte[] {1, 2, 3, (byte) name.length()})
                .post("/api/items");
    }

    /** The same settings as the service's own embedded server, on a chosen port (0: any free one). */
    private static EmbeddedPostgres start(Path cluster, int port) throws java.io.IOException {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (port > 0) {
            b.setPort(port);
        }
        return b.start();
    }
}
