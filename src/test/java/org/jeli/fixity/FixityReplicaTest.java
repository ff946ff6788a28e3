package org.jeli.fixity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** With a replica configured, the audit keeps a verified copy of every blob and repairs damage from it. */
@QuarkusTest
@TestProfile(FixityReplicaTest.WithReplica.class)
class FixityReplicaTest {
    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of(
                        "jeli.fixity.enabled",
                        "false",
                        "jeli.storage.replica-root",
                        Files.createTempDirectory("jeli-replica").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Set<Path> files(String property) throws IOException {
        Path root = Path.of(ConfigProvider.getConfig().getValue(property, String.class))
                .resolve("objects");
        if (!Files.isDirectory(root)) {
            return new HashSet<>();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void aDamagedAndAMissingBlobAreRepairedFromTheVerifiedReplicaAndTheRepairIsLogged() throws Exception {
        String collection = freshCollection();
        Set<Path> before = files("jeli.storage.root");
        byte[] a = new byte[3_000_000];
        byte[] b = new byte[40_000];
        new Random(1).nextBytes(a);
        new Random(2).nextBytes(b);
        String ida =
                upload(collection, "a.mp4", a).then().statusCode(201).extract().path("id");
        Path fileA = newFile(before);
        before = files("jeli.storage.root");
        String idb =
                upload(collection, "b.jpg", b).then().statusCode(201).extract().path("id");
        Path fileB = newFile(before);

        JsonPath first = asAdmin()
                .post("/api/admin/fixity/run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getLong("damagedBlobs")).isZero();
        assertThat(files("jeli.storage.replica-root")).hasSizeGreaterThanOrEqualTo(2);

        byte[] damaged = Files.readAllBytes(fileA);
        damaged[damaged.length / 3] ^= 0x40;
        Files.write(fileA, damaged);
        Files.delete(fileB);

        JsonPath second = asAdmin()
                .post("/api/admin/fixity/run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(second.getLong("damagedBlobs")).isZero();
        assertThat(asInvestigator()
                        .get("/api/items/" + ida + "/content")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .isEqualTo(a);
        assertThat(asInvestigator()
                        .get("/api/items/" + idb + "/content")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .isEqualTo(b);
        for (String id : List.of(ida, idb)) {
            List<String> kinds = asInvestigator()
                    .get("/api/items/" + id + "/custody")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("entries.kind");
            assertThat(kinds).contains("fixity.repaired");
        }
    }

    private static Path newFile(Set<Path> before) throws IOException {
        Set<Path> after = files("jeli.storage.root");
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.iterator().next();
    }
}
