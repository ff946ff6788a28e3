package org.jeli.provenance.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jeli.access.PasswordHasher;
import org.jeli.access.Role;
import org.jeli.access.UserStore;
import org.jeli.provenance.checkpoint.NoteVerifier;
import org.junit.jupiter.api.Test;

/** After a key rotation, old checkpoints verify with the retired key and new ones with the new key. */
@QuarkusTest
@TestProfile(KeyRotationTest.OwnKeys.class)
class KeyRotationTest {
    public static class OwnKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jeli.log.origin", "jeli.test/rotation");
        }
    }

    @Test
    void checkpointsBeforeAndAfterARotationVerifyWithTheirOwnKeys() {
        upload(freshCollection(), "a.bin", new byte[] {1}).then().statusCode(201);
        long before = asAdmin()
                .post("/api/log/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("size");
        String oldKey = given().get("/api/log/keys")
                .then()
                .extract()
                .jsonPath()
                .getString("keys.find { it.current }.verifierKey");

        JsonPath rotated = asAdmin()
                .post("/api/log/keys/rotate")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String newKey = rotated.getString("verifierKey");
        assertThat(newKey).isNotEqualTo(oldKey).startsWith("jeli.test/rotation+");

        upload(freshCollection(), "b.bin", new byte[] {2}).then().statusCode(201);
        long after = asAdmin()
                .post("/api/log/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("size");
        String oldNote = given().get("/api/log/checkpoints/" + before)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String newNote = given().get("/api/log/checkpoints/" + after)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(NoteVerifier.fromVerifierKey(oldKey).verify(oldNote).isValid())
                .isTrue();
        assertThat(NoteVerifier.fromVerifierKey(newKey).verify(newNote).isValid())
                .isTrue();
        assertThat(NoteVerifier.fromVerifierKey(oldKey).verify(newNote).isValid())
                .isFalse();

        JsonPath keys =
                given().get("/api/log/keys").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = keys.getList("keys");
        assertThat(all).hasSize(2);
        assertThat(keys.getString("keys.find { !it.current }.validUntil")).isNotNull();
        assertThat(keys.getString("keys.find { it.current }.verifierKey")).isEqualTo(newKey);
        assertThat(given().get("/api/log/keys").asString()).doesNotContain("PRIVATE");

        List<String> kinds = asAdmin()
                .queryParam("start", 0)
                .get("/api/log/entries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("key.rotated");
        asAdmin().post("/api/log/audit").then().statusCode(200).body("passed", org.hamcrest.Matchers.equalTo(true));
    }

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    @Test
    void onlyAnAdministratorMayRotateKeysOrRunAudits() {
        given().post("/api/log/keys/rotate").then().statusCode(401);
        given().post("/api/log/audit").then().statusCode(401);
        given().post("/api/log/checkpoints").then().statusCode(401);
        String name = "archivist-" + java.util.UUID.randomUUID();
        users.create(name, "An Archivist", hasher.hash("archivist-password".toCharArray()), Role.ARCHIVIST);
        for (String path : List.of("/api/log/keys/rotate", "/api/log/audit", "/api/log/checkpoints")) {
            given().auth()
                    .preemptive()
                    .basic(name, "archivist-password")
                    .post(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }
}
