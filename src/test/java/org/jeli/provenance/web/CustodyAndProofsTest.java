package org.jeli.provenance.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.checkpoint.NoteVerifier;
import org.jeli.provenance.merkle.MerkleHash;
import org.jeli.provenance.merkle.ProofVerifier;
import org.junit.jupiter.api.Test;

/** An investigator checks an item's custody with the proofs and keys the archive publishes. */
@QuarkusTest
class CustodyAndProofsTest {
    private static final Base64.Decoder B64 = Base64.getDecoder();

    static List<byte[]> hashes(List<String> b64) {
        return b64.stream().map(B64::decode).toList();
    }

    static JsonPath checkpointNow() {
        return asAdmin()
                .post("/api/log/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void anUploadIsRecordedAndItsInclusionProofVerifiesAgainstTheSignedCheckpoint() {
        String id = upload(freshCollection(), "IMG-20230514-WA0001.jpg", "photo".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        checkpointNow();
        JsonPath custody = asInvestigator()
                .get("/api/items/" + id + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(custody.getString("entries[0].kind")).isEqualTo("item.submitted");
        assertThat(custody.getString("entries[0].entry.payload.blob.sha256")).hasSize(64);
        assertThat(custody.getString("entries[0].entry.payload.claims")).startsWith("c1:");
        assertThat(custody.getString("entries[0].entry.payload.fileName"))
                .startsWith("c1:")
                .doesNotContain("IMG");

        byte[] bytes = B64.decode(custody.getString("entries[0].bytes"));
        long index = custody.getLong("entries[0].index");
        byte[] leaf = MerkleHash.leafHash(bytes);
        assertThat(B64.decode(custody.getString("entries[0].leafHash"))).isEqualTo(leaf);
        given().auth()
                .preemptive()
                .basic("admin", "test-admin-password")
                .get("/api/log/entries/" + index)
                .then()
                .statusCode(404); // administrators manage; they do not read evidence unless members
        byte[] exact = asInvestigator()
                .get("/api/log/entries/" + index)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(exact).isEqualTo(bytes);

        long size = custody.getLong("checkpoint.size");
        byte[] root = B64.decode(custody.getString("checkpoint.rootHash"));
        List<byte[]> proof = hashes(custody.getList("entries[0].proof.proof"));
        assertThat(ProofVerifier.verifyInclusion(leaf, index, size, proof, root).valid())
                .isTrue();

        String note = given().get("/api/log/checkpoint")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> vkeys = given().get("/api/log/keys")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("keys.verifierKey");
        assertThat(NoteVerifier.fromVerifierKeys(vkeys).verify(note).isValid()).isTrue();
    }

    @Test
    void aLaterCheckpointIsProvablyAnExtensionOfAnEarlierOne() {
        upload(freshCollection(), "a.bin", new byte[] {1}).then().statusCode(201);
        JsonPath first = checkpointNow();
        upload(freshCollection(), "b.bin", new byte[] {2}).then().statusCode(201);
        JsonPath second = checkpointNow();
        long m = first.getLong("size");
        long n = second.getLong("size");
        assertThat(n).isGreaterThan(m);
        JsonPath p = given().queryParam("first", m)
                .queryParam("second", n)
                .get("/api/log/proof/consistency")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(p.getString("root1")).isEqualTo(first.getString("rootHash"));
        assertThat(p.getString("root2")).isEqualTo(second.getString("rootHash"));
        assertThat(ProofVerifier.verifyConsistency(
                                m,
                                n,
                                B64.decode(p.getString("root1")),
                                B64.decode(p.getString("root2")),
                                hashes(p.getList("proof")))
                        .valid())
                .isTrue();
    }

    @Test
    void viewsAndDownloadsAppearInTheCustodyTimeline() {
        String id = upload(freshCollection(), "v.bin", new byte[] {5, 6, 7})
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asInvestigator().get("/api/items/" + id).then().statusCode(200);
        asInvestigator().get("/api/items/" + id + "/content").then().statusCode(200);
        asInvestigator()
                .header("Range", "bytes=1-")
                .get("/api/items/" + id + "/content")
                .then()
                .statusCode(206);
        List<String> kinds = asInvestigator()
                .get("/api/items/" + id + "/custody")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).containsSubsequence("item.submitted", "item.viewed", "item.downloaded");
        assertThat(kinds.stream().filter("item.downloaded"::equals).count()).isEqualTo(1);
    }

    @Test
    void verifyFindsAFileTheArchiveHoldsAndNotOneItDoesNot() {
        byte[] bytes = "testimony".getBytes(StandardCharsets.UTF_8);
        upload(freshCollection(), "t.txt", bytes).then().statusCode(201);
        asInvestigator()
                .multiPart("file", "t.txt", bytes)
                .post("/api/verify")
                .then()
                .statusCode(200)
                .body("held", org.hamcrest.Matchers.equalTo(true))
                .body("entries.kind", org.hamcrest.Matchers.hasItem("item.submitted"));
        asInvestigator()
                .contentType("application/json")
                .body(Map.of("sha256", "0".repeat(64)))
                .post("/api/verify")
                .then()
                .statusCode(200)
                .body("held", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void theLogsPublicStructureIsReadableWithoutAnAccountButEntriesAreNot() {
        upload(freshCollection(), "p.bin", new byte[] {9}).then().statusCode(201);
        checkpointNow();
        given().get("/api/log/checkpoint").then().statusCode(200).contentType("text/plain");
        given().get("/api/log/keys").then().statusCode(200);
        given().queryParam("index", 0)
                .queryParam("size", 1)
                .get("/api/log/proof/inclusion")
                .then()
                .statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jeli_log_timestamp_backlog"))
                .body(org.hamcrest.Matchers.containsString("jeli_log_audit_problems"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/api/log/entries/0").then().statusCode(401);
        given().get("/api/log/entries").then().statusCode(401);
    }

    @Test
    void impossibleProofsAreRefusedWithAProblem() {
        given().queryParam("index", 5)
                .queryParam("size", 2)
                .get("/api/log/proof/inclusion")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("first", 3)
                .queryParam("second", 1)
                .get("/api/log/proof/consistency")
                .then()
                .statusCode(400);
    }
}
