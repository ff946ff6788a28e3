package org.jeli.fixity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The fixity audit re-reads every blob: a flipped bit or a missing file shows on the admin status,
 * in health and metrics, and in the custody of the items over it; a repaired blob is recorded as
 * recovered; the audit resumes where it stopped.
 */
@QuarkusTest
@TestProfile(FixityAuditTest.SmallBatches.class)
class FixityAuditTest {
    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "jeli.fixity.enabled", "false",
                    "jeli.fixity.batch-size", "2",
                    "jeli.fixity.cycle-interval", "0s",
                    "jeli.fixity.pause", "10ms");
        }
    }

    @Inject
    FixityAuditor auditor;

    private static Set<Path> blobFiles() throws IOException {
        Path root = Path.of(ConfigProvider.getConfig().getValue("jeli.storage.root", String.class));
        try (Stream<Path> walk = Files.walk(root.resolve("objects"))) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    /** Uploads random bytes and returns the item id and the file that now holds them. */
    private static Object[] uploadAndFind(String collection, String name) throws IOException {
        Set<Path> before = blobFiles();
        byte[] bytes = new byte[50_000];
        new Random().nextBytes(bytes);
        String id =
                upload(collection, name, bytes).then().statusCode(201).extract().path("id");
        Set<Path> after = blobFiles();
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return new Object[] {id, after.iterator().next()};
    }

    private static JsonPath runAudit() {
        return asAdmin()
                .post("/api/admin/fixity/run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aFlippedBitAndAMissingFileAreFoundReportedAndRecordedInCustody() throws Exception {
        String collection = freshCollection();
        Object[] a = uploadAndFind(collection, "a.bin");
        Object[] b = uploadAndFind(collection, "b.bin");
        uploadAndFind(collection, "c.bin");

        JsonPath clean = runAudit();
        assertThat(clean.getLong("outcomes.OK")).isGreaterThanOrEqualTo(3);
        assertThat(clean.getLong("damagedBlobs")).isZero();
        given().get("/q/health/well").then().statusCode(200);

        Path flipped = (Path) a[1];
        byte[] original = Files.readAllBytes(flipped);
        byte[] damaged = original.clone();
        damaged[damaged.length / 2] ^= 0x10;
        Files.write(flipped, damaged);
        Files.delete((Path) b[1]);

        JsonPath found = runAudit();
        assertThat(found.getLong("outcomes.CHANGED") + found.getLong("outcomes.UNREADABLE"))
                .isEqualTo(1);
        assertThat(found.getLong("outcomes.MISSING")).isEqualTo(1);

        JsonPath status = asAdmin()
                .get("/api/admin/fixity")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(status.getLong("damagedBlobs")).isEqualTo(2);
        assertThat(status.getList("damaged.items.flatten()", String.class)).contains((String) a[0], (String) b[0]);
        assertThat(status.getList("damaged.outcome", String.class)).contains("MISSING");

        given().get("/q/health/well").then().statusCode(503);
        String health = given().get("/q/health/well").asString();
        assertThat(health).contains("DEGRADED");
        given().get("/q/health/ready").then().statusCode(200);
        assertThat(given().get("/q/metrics").asString()).contains("jeli_fixity_damaged_blobs 2.0");

        List<String> kinds = asInvestigator()
                .get("/api/items/" + a[0] + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("fixity.failed");

        Files.write(flipped, original);
        JsonPath repaired = runAudit();
        assertThat(repaired.getLong("damagedBlobs")).isEqualTo(1);
        assertThat(asInvestigator()
                        .get("/api/items/" + a[0] + "/custody")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("entries.kind", String.class))
                .contains("fixity.recovered");
    }

    @Test
    void theAuditResumesWhereItStoppedAndEachBatchIsLogged() throws Exception {
        String collection = freshCollection();
        for (int i = 0; i < 5; i++) {
            uploadAndFind(collection, "r" + i + ".bin");
        }
        runAudit();
        // The cursor lives in the database: each call (a scheduler tick, or the first after a
        // restart) continues the cycle where the previous one stopped.
        FixityAuditor.BatchSummary first = auditor.runBatch();
        FixityAuditor.BatchSummary second = auditor.runBatch();
        assertThat(first.blobs()).isEqualTo(2);
        assertThat(second.cycle()).isEqualTo(first.cycle());
        assertThat(second.blobs()).isEqualTo(2);
        JsonPath mid = asAdmin().get("/api/admin/fixity").jsonPath();
        assertThat(mid.getLong("cycle")).isEqualTo(first.cycle());

        long size = asAdmin().post("/api/log/checkpoints").jsonPath().getLong("size");
        String last = null;
        int batches = 0;
        for (long start = 0; start < size; start += 1000) {
            for (Map<String, Object> e : asAdmin()
                    .get("/api/log/entries?start=" + start)
                    .jsonPath()
                    .<Map<String, Object>>getList("entries")) {
                if (!"fixity.checked".equals(e.get("kind"))) {
                    continue;
                }
                Map<?, ?> payload = (Map<?, ?>) new io.restassured.path.json.JsonPath(new String(
                                java.util.Base64.getDecoder().decode((String) e.get("bytes")),
                                java.nio.charset.StandardCharsets.UTF_8))
                        .getMap("payload");
                if (((Number) payload.get("cycle")).longValue() != first.cycle()) {
                    continue;
                }
                batches++;
                if (last != null) {
                    assertThat((String) payload.get("first"))
                            .as("no blob twice in a cycle")
                            .isGreaterThan(last);
                }
                last = (String) payload.get("last");
            }
        }
        assertThat(batches).isEqualTo(2);
    }

    @Test
    void onlyAdministratorsSeeTheAudit() {
        asInvestigator().get("/api/admin/fixity").then().statusCode(403);
        asInvestigator().post("/api/admin/fixity/run").then().statusCode(403);
        given().get("/api/admin/fixity").then().statusCode(401);
    }
}
