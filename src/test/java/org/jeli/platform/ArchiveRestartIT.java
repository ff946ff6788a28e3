package org.jeli.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jeli.testsupport.ArchiveClient;
import org.jeli.testsupport.PackagedArchive;
import org.junit.jupiter.api.Test;

/** The packaged archive on its embedded PostgreSQL keeps everything across a restart. */
class ArchiveRestartIT {
    private static final Pattern PASSWORD = Pattern.compile("shown once\\):\\s+(\\S+)");

    @Test
    void everythingUploadedIsFoundAgainAfterARestartOnTheSameDataDirectory() throws Exception {
        Path data = Files.createTempDirectory("jeli-restart").resolve("jeli-data");
        byte[] bytes = new byte[2_000_000];
        new Random(5).nextBytes(bytes);
        String id;
        String password;
        try (PackagedArchive archive = PackagedArchive.start(data, Map.of())) {
            String out = archive.output();
            assertThat(out).contains("http://localhost:" + archive.port()).contains("admin");
            Matcher m = PASSWORD.matcher(out);
            assertThat(m.find())
                    .as("the generated admin password is printed at first start")
                    .isTrue();
            password = m.group(1);
            ArchiveClient client = new ArchiveClient(archive.baseUri(), password);
            client.collectionWithArchivistAndInvestigator("Boni 2023");
            id = client.as("archivist-1")
                    .multiPart("collection", "Boni 2023")
                    .multiPart("file", "PTT-20230514-WA0007.opus", bytes, "audio/ogg")
                    .post("/api/items")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> "DONE"
                            .equals(client.as("investigator-1")
                                    .get("/api/items/" + id)
                                    .then()
                                    .extract()
                                    .path("metadata.state")));
        }
        assertThat(data.resolve("postgres")).isDirectory();
        assertThat(data.resolve("blobs")).isDirectory();
        String newKey = rotateLogKeyOffline(data);
        try (PackagedArchive archive = PackagedArchive.start(data, Map.of())) {
            assertThat(archive.output()).doesNotContain("shown once");
            ArchiveClient client = new ArchiveClient(archive.baseUri(), password);
            byte[] back = client.as("investigator-1")
                    .get("/api/items/" + id + "/content")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertThat(back).isEqualTo(bytes);
            client.as("investigator-1")
                    .get("/api/items/" + id)
                    .then()
                    .statusCode(200)
                    .body("collection.name", equalTo("Boni 2023"))
                    .body("metadata.state", equalTo("DONE"))
                    .body("dates.find { it.source == 'filename' }.value", equalTo("2023-05-14"));
            given().baseUri(archive.baseUri())
                    .get("/api/log/keys")
                    .then()
                    .statusCode(200)
                    .body("keys.size()", equalTo(2))
                    .body("keys.find { it.current }.verifierKey", equalTo(newKey));
            String kinds = given().baseUri(archive.baseUri())
                    .auth()
                    .preemptive()
                    .basic("admin", password)
                    .get("/api/log/entries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(kinds).contains("key.activated");
        }
    }

    /** The offline key rotation command, run while the archive is stopped, as an operator would. */
    private static String rotateLogKeyOffline(Path data) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djeli.data-dir=" + data,
                        "-jar",
                        System.getProperty("jeli.jar"),
                        "rotate-log-key")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        Matcher m = Pattern.compile("\\s(\\S+\\+[0-9a-f]{8}\\+\\S+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
